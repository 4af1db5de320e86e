// CSV output (RFC 4180): a header row, then one row per result, CRLF line ends. With facets
// or a timeline, the table is their counts instead (field, value, count).
#pragma once

#include "result_writer.hpp"

namespace news {

// A field quoted as RFC 4180 requires: in double quotes (doubled inside) when it holds a
// comma, quote, CR or LF.
std::string csv_field(const std::string& value);

class CsvWriter : public ResultWriter {
 public:
  explicit CsvWriter(std::ostream& out) : m_out(out) {}
  void begin(const SearchHeader& header) override;
  void write(const SearchResult& result) override;
  void end() override { m_out.flush(); }

 private:
  void write_counts(const SearchHeader& header);

  std::ostream& m_out;
  bool m_counts = false;  // the table is the counts: results are not written
};

}  // namespace news
