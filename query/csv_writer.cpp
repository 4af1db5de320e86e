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

std::string csv_field(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) {
    return value;
  }
  std::string out = "\"";
  for (char c : value) {
    out += c == '"' ? std::string("\"\"") : std::string(1, c);
  }
  return out + "\"";
}

void CsvWriter::begin(const SearchHeader& header) {
  if (!header.count_by.empty()) {
    m_counts = true;
    write_counts(header);
    return;
  }
  write_row(m_out, {"rank", "score", "id", "path", "title", "date", "date_source", "byline",
                    "source", "url", "language", "persons", "orgs", "places", "snippet", "copies"});
}

void CsvWriter::write_counts(const SearchHeader& header) {
  write_row(m_out, {"field", "value", "count"});
  for (const FacetCounts& f : header.facets) {
    for (const FacetValue& v : f.values) {
      write_row(m_out, {f.field, v.value, std::to_string(v.count)});
    }
  }
  if (header.timeline.period.empty()) {
    return;
  }
  for (const TimelinePeriodCount& p : header.timeline.periods) {
    write_row(m_out, {"timeline", p.period, std::to_string(p.count)});
  }
  write_row(m_out, {"timeline", "undated", std::to_string(header.timeline.undated)});
}

void CsvWriter::write(const SearchResult& r) {
  if (m_counts) {
    return;
  }
  const Article& a = r.article;
  std::vector<std::string> copies;
  for (const ArticleCopy& c : r.copies) {
    copies.push_back(c.id);
  }
  char score[32];
  std::snprintf(score, sizeof score, "%.4f", r.score);
  write_row(m_out, {std::to_string(r.rank), score, a.id, a.path, a.title,
                    a.date ? to_iso8601(*a.date) : "", a.date_source, a.byline, a.source, a.url,
                    a.language, joined(a.persons), joined(a.orgs), joined(a.places),
                    plain_snippet(r.snippet), joined(copies)});
}

}  // namespace news
