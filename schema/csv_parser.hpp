// RFC 4180 CSV (and tab-separated) text -> rows of fields.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace news {

struct CsvRow {
  std::size_t line = 0;  // 1-based line on which the row starts
  std::vector<std::string> fields;
  std::string error;  // non-empty: the row is malformed (fields are then incomplete)
};

// Splits `text` into rows. With `quoting` (CSV), a field may be quoted: it may then hold
// the delimiter, line breaks and doubled quotes (""). A quote inside an unquoted field, or
// text after a closing quote, makes the row malformed: it is reported and the parser
// carries on at the next line. An unclosed quote makes the last row malformed. Without
// `quoting` (TSV) quotes are ordinary characters. Line ends may be LF or CRLF; blank lines
// are skipped. The text is expected without a byte-order mark.
std::vector<CsvRow> parse_csv(std::string_view text, char delimiter, bool quoting);

}  // namespace news
