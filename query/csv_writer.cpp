#include "csv_writer.hpp"

#include <cstdio>
#include <vector>

namespace news {
namespace {

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) {
    out += (out.empty() ? "" : "; ") + n;
  }
  return out;
}

void write_row(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    out << (i == 0 ? "" : ",") << csv_field(fields[i]);
  }
  out << "\r\n";
}

}  // namespace

void CsvWriter::begin(const SearchHeader&) {
  write_row(m_out, {"rank", "score", "id", "path", "title", "date", "date_source", "byline",
                    "source", "url", "language", "persons", "orgs", "places", "snippet"});
}

void CsvWriter::write(const SearchResult& r) {
  const Article& a = r.article;
  char score[32];
  std::snprintf(score, sizeof score, "%.4f", r.score);
  write_row(m_out, {std::to_string(r.rank), score, a.id, a.path, a.title,
                    a.date ? to_iso8601(*a.date) : "", a.date_source, a.byline, a.source, a.url,
                    a.language, joined(a.persons), joined(a.orgs), joined(a.places),
                    plain_snippet(r.snippet)});
}

}  // namespace news
