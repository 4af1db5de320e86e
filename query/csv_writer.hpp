// CSV output (RFC 4180): a header row, then one row per result, CRLF line ends.
#pragma once

#include "csv_field.hpp"
#include "result_writer.hpp"

namespace news {

class CsvWriter : public ResultWriter {
 public:
  explicit CsvWriter(std::ostream& out) : m_out(out) {}
  void begin(const SearchHeader& header) override;
  void write(const SearchResult& result) override;
  void end() override { m_out.flush(); }

 private:
  std::ostream& m_out;
};

}  // namespace news
