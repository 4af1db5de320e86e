#include "record_readers.hpp"

#include "csv_parser.hpp"
#include "records/json_records.hpp"
#include "records/record.hpp"
#include "text/text_decoding.hpp"

namespace news {
namespace {

// The item's text as UTF-8; throws for empty or binary files.
std::string item_text(const RawItem& item, ReadResult& result) {
  if (item.bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw ReadError(item.bytes.empty() ? "empty file" : "file holds only white space");
  }
  if (looks_binary(item.bytes)) {
    throw ReadError("binary content (NUL or control bytes), not a records file");
  }
  DecodedText text = decode_text(item.bytes);
  if (!text.note.empty()) {
    result.warnings.push_back(text.note);
  }
  return std::move(text.utf8);
}

ReadResult with_records(const std::vector<ParsedRecord>& records, const RawItem& item,
                        ReadResult notes) {
  ReadResult result = articles_from_records(records, item);
  result.warnings.insert(result.warnings.begin(), notes.warnings.begin(), notes.warnings.end());
  return result;
}

std::vector<ParsedRecord> table_records(const std::vector<CsvRow>& rows) {
  if (rows.empty() || !rows.front().error.empty()) {
    throw ReadError(rows.empty() ? "no header row" : "header row: " + rows.front().error);
  }
  if (rows.size() == 1) {
    throw ReadError("a header row but no records");
  }
  const std::vector<std::string>& header = rows.front().fields;
  std::vector<ParsedRecord> records;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const CsvRow& row = rows[i];
    ParsedRecord parsed{"line " + std::to_string(row.line), std::nullopt, row.error};
    if (row.error.empty() && row.fields.size() != header.size()) {
      parsed.error = std::to_string(row.fields.size()) + " fields where the header has " +
                     std::to_string(header.size());
    }
    if (parsed.error.empty()) {
      Record record;
      for (std::size_t f = 0; f < header.size(); ++f) {
        record.emplace_back(header[f], RecordValue{row.fields[f], {}, false, false});
      }
      parsed.record = std::move(record);
    }
    records.push_back(std::move(parsed));
  }
  return records;
}

ReadResult read_table(const RawItem& item, char delimiter, bool quoting) {
  ReadResult notes;
  const std::string text = item_text(item, notes);
  return with_records(table_records(parse_csv(text, delimiter, quoting)), item, notes);
}

}  // namespace

ReadResult read_json_file(const RawItem& item) {
  ReadResult notes;
  const std::string text = item_text(item, notes);
  return with_records(json_records(text), item, notes);
}

ReadResult read_json_lines_file(const RawItem& item) {
  ReadResult notes;
  const std::string text = item_text(item, notes);
  return with_records(json_lines_records(text), item, notes);
}

ReadResult read_csv_file(const RawItem& item) {
  return read_table(item, ',', true);
}

ReadResult read_tsv_file(const RawItem& item) {
  return read_table(item, '\t', false);
}

}  // namespace news
