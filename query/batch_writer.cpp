#include "batch_writer.hpp"

#include "article_json.hpp"
#include "csv_writer.hpp"
#include "result_writer.hpp"

namespace news {
namespace {

using nlohmann::ordered_json;

std::string joined(const std::vector<std::string>& ids, const char* separator) {
  std::string out;
  for (const std::string& id : ids) {
    out += (out.empty() ? "" : separator) + id;
  }
  return out;
}

ordered_json date_or_null(const std::string& date) {
  return date.empty() ? ordered_json(nullptr) : ordered_json(date);
}

ordered_json row_json(const std::vector<std::string>& columns, const BatchRow& row) {
  ordered_json carried = ordered_json::object();
  for (std::size_t i = 0; i < columns.size() && i < row.request.carried.size(); ++i) {
    carried[columns[i]] = row.request.carried[i];
  }
  const bool failed = !row.request.error.empty();
  return {{"line", row.request.line},
          {"columns", carried},
          {"query", row.request.query},
          {"total", failed ? ordered_json(nullptr) : ordered_json(row.total)},
          {"first_date", date_or_null(row.first_date)},
          {"last_date", date_or_null(row.last_date)},
          {"top_ids", row.top_ids},
          {"error", failed ? ordered_json(row.request.error) : ordered_json(nullptr)}};
}

class JsonBatchWriter : public BatchWriter {
 public:
  JsonBatchWriter(std::ostream& out, bool lines) : m_out(out), m_lines(lines) {}
  void begin(const std::string& file, const std::vector<std::string>& columns) override {
    m_columns = columns;
    if (!m_lines) {
      const ordered_json head = {{"format_version", kOutputFormatVersion}, {"batch", file}};
      std::string text = dump_json_line(head);
      text.pop_back();  // the closing brace: rows stream into the array
      m_out << text << ",\"requests\":[";
    }
  }
  void write(const BatchRow& row) override {
    const std::string line = dump_json_line(row_json(m_columns, row));
    m_out << (m_lines ? "" : m_first ? "\n" : ",\n") << line << (m_lines ? "\n" : "");
    m_first = false;
  }
  void end() override {
    if (!m_lines) {
      m_out << (m_first ? "" : "\n") << "]}\n";
    }
    m_out.flush();
  }

 private:
  std::ostream& m_out;
  bool m_lines;
  bool m_first = true;
  std::vector<std::string> m_columns;
};

class CsvBatchWriter : public BatchWriter {
 public:
  explicit CsvBatchWriter(std::ostream& out) : m_out(out) {}
  void begin(const std::string&, const std::vector<std::string>& columns) override {
    std::vector<std::string> header = {"line"};
    header.insert(header.end(), columns.begin(), columns.end());
    header.insert(header.end(), {"query", "total", "first_date", "last_date", "top_ids", "error"});
    write_row(header);
  }
  void write(const BatchRow& row) override {
    const bool failed = !row.request.error.empty();
    std::vector<std::string> cells = {std::to_string(row.request.line)};
    cells.insert(cells.end(), row.request.carried.begin(), row.request.carried.end());
    cells.insert(cells.end(),
                 {row.request.query, failed ? "" : std::to_string(row.total), row.first_date,
                  row.last_date, joined(row.top_ids, " "), row.request.error});
    write_row(cells);
  }
  void end() override { m_out.flush(); }

 private:
  void write_row(const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      m_out << (i == 0 ? "" : ",") << csv_field(cells[i]);
    }
    m_out << "\r\n";
  }

  std::ostream& m_out;
};

// For people: one line per request, `LINE [carried cells] query: N matches, FIRST to LAST`
// and then the top ids indented on the next line.
class TextBatchWriter : public BatchWriter {
 public:
  explicit TextBatchWriter(std::ostream& out) : m_out(out) {}
  void begin(const std::string&, const std::vector<std::string>&) override {}
  void write(const BatchRow& row) override {
    m_out << row.request.line << ". ";
    for (const std::string& cell : row.request.carried) {
      m_out << "[" << cell << "] ";
    }
    m_out << row.request.query << ": ";
    if (!row.request.error.empty()) {
      m_out << "error: " << row.request.error << "\n";
      return;
    }
    m_out << row.total << (row.total == 1 ? " match" : " matches");
    if (!row.first_date.empty()) {
      m_out << ", " << row.first_date << " to " << row.last_date;
    }
    m_out << "\n";
    if (!row.top_ids.empty()) {
      m_out << "   " << joined(row.top_ids, " ") << "\n";
    }
  }
  void end() override { m_out.flush(); }

 private:
  std::ostream& m_out;
};

}  // namespace

std::unique_ptr<BatchWriter> make_batch_writer(OutputFormat format, std::ostream& out) {
  switch (format) {
    case OutputFormat::kJson:
      return std::make_unique<JsonBatchWriter>(out, /*lines=*/false);
    case OutputFormat::kJsonLines:
      return std::make_unique<JsonBatchWriter>(out, /*lines=*/true);
    case OutputFormat::kCsv:
      return std::make_unique<CsvBatchWriter>(out);
    case OutputFormat::kText:
      break;
  }
  return std::make_unique<TextBatchWriter>(out);
}

}  // namespace news
