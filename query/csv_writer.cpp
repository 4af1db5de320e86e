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

std::string copy_ids(const SearchResult& r) {
  std::string out;
  for (const ArticleCopy& c : r.copies) {
    out += (out.empty() ? "" : "; ") + c.id;
  }
  return out;
}

}  // namespace

void CsvWriter::begin(const SearchHeader& header) {
  if (!header.count_by.empty()) {
    m_counts = true;
    write_counts(header);
    return;
  }
  std::vector<std::string> columns = {"rank", "score"};
  for (const schema::Field* f : csv_fields()) {
    columns.emplace_back(f->key);
  }
  columns.emplace_back("snippet");
  columns.emplace_back("copies");
  write_row(m_out, columns);
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
  char score[32];
  std::snprintf(score, sizeof score, "%.4f", r.score);
  std::vector<std::string> row = {std::to_string(r.rank), score};
  for (const schema::Field* f : csv_fields()) {
    row.push_back(field_text(*f, r.article));
  }
  row.push_back(plain_snippet(r.snippet));
  row.push_back(copy_ids(r));
  write_row(m_out, row);
}

}  // namespace news
