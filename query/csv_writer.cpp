#include "csv_writer.hpp"

#include <cstdio>
#include <vector>

#include "article_json.hpp"

namespace news {
namespace {

void write_row(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    out << (i == 0 ? "" : ",") << csv_field(fields[i]);
  }
  out << "\r\n";
}

}  // namespace

void CsvWriter::begin(const SearchHeader&) {
  std::vector<std::string> header = {"rank", "score"};
  for (const schema::Field* f : csv_fields()) {
    header.emplace_back(f->key);
  }
  header.emplace_back("snippet");
  write_row(m_out, header);
}

void CsvWriter::write(const SearchResult& r) {
  char score[32];
  std::snprintf(score, sizeof score, "%.4f", r.score);
  std::vector<std::string> row = {std::to_string(r.rank), score};
  for (const schema::Field* f : csv_fields()) {
    row.push_back(field_text(*f, r.article));
  }
  row.push_back(plain_snippet(r.snippet));
  write_row(m_out, row);
}

}  // namespace news
