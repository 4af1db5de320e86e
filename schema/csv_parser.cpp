#include "csv_parser.hpp"

namespace news {
namespace {

class CsvScanner {
 public:
  CsvScanner(std::string_view text, char delimiter, bool quoting)
      : m_text(text), m_delimiter(delimiter), m_quoting(quoting) {}

  bool done() const { return m_pos >= m_text.size(); }

  CsvRow next_row() {
    CsvRow row;
    row.line = m_line;
    while (true) {
      std::string field;
      const bool ok =
          (m_quoting && peek() == '"') ? quoted_field(field, row) : plain_field(field, row);
      if (!ok) {
        skip_line();
        return row;
      }
      row.fields.push_back(std::move(field));
      if (done() || peek() == '\n' || peek() == '\r') {
        end_line();
        return row;
      }
      ++m_pos;  // the delimiter
    }
  }

 private:
  char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }

  bool at_field_end() const {
    return done() || peek() == m_delimiter || peek() == '\n' ||
           (peek() == '\r' && (m_pos + 1 == m_text.size() || m_text[m_pos + 1] == '\n'));
  }

  bool plain_field(std::string& field, CsvRow& row) {
    while (!at_field_end()) {
      if (m_quoting && peek() == '"') {
        row.error = "stray quote in unquoted field " + std::to_string(row.fields.size() + 1);
        return false;
      }
      field += m_text[m_pos++];
    }
    return true;
  }

  bool quoted_field(std::string& field, CsvRow& row) {
    const std::size_t opened_line = m_line;
    ++m_pos;
    while (!done()) {
      const char c = m_text[m_pos++];
      if (c == '"' && peek() == '"') {
        field += '"';
        ++m_pos;
      } else if (c == '"') {
        if (at_field_end()) {
          return true;
        }
        row.error = "stray quote: text after the closing quote of field " +
                    std::to_string(row.fields.size() + 1);
        return false;
      } else {
        m_line += c == '\n' ? 1 : 0;
        field += c;
      }
    }
    row.error = "quoted field opened on line " + std::to_string(opened_line) + " is never closed";
    return false;
  }

  void end_line() {
    if (peek() == '\r') {
      ++m_pos;
    }
    if (peek() == '\n') {
      ++m_pos;
      ++m_line;
    }
  }

  void skip_line() {
    while (!done() && peek() != '\n') {
      ++m_pos;
    }
    end_line();
  }

  std::string_view m_text;
  char m_delimiter;
  bool m_quoting;
  std::size_t m_pos = 0;
  std::size_t m_line = 1;
};

bool is_blank(const CsvRow& row) {
  return row.error.empty() && row.fields.size() == 1 &&
         row.fields[0].find_first_not_of(" \t") == std::string::npos;
}

}  // namespace

std::vector<CsvRow> parse_csv(std::string_view text, char delimiter, bool quoting) {
  std::vector<CsvRow> rows;
  CsvScanner scanner(text, delimiter, quoting);
  while (!scanner.done()) {
    CsvRow row = scanner.next_row();
    if (!is_blank(row)) {
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

}  // namespace news
