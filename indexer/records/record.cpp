#include "record.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>
#include <optional>
#include <string_view>

#include "date_parser.hpp"
#include "fields.hpp"

namespace news {
namespace {

using schema::Field;
using schema::FieldId;
using schema::Shape;

const RecordValue* find_key(const Record& record, std::string_view wanted) {
  for (const auto& [key, value] : record) {
    if (key == wanted) {
      return &value;
    }
  }
  const std::string norm = schema::normalised_record_key(wanted);
  for (const auto& [key, value] : record) {
    if (schema::normalised_record_key(key) == norm) {
      return &value;
    }
  }
  return nullptr;
}

// The value for an article field: the user's mapped key, else the first of the table's
// record aliases that has a value.
const RecordValue* field_value(const Record& record, const FieldMap& map, const Field& field) {
  if (auto it = map.find(std::string(field.key)); it != map.end()) {
    return find_key(record, it->second);
  }
  for (const schema::Alias& alias : field.aliases) {
    if ((alias.readers & schema::kRecords) == 0) {
      continue;
    }
    const RecordValue* value = find_key(record, alias.key);
    if (value != nullptr && (!value->text.empty() || !value->list.empty())) {
      return value;
    }
  }
  return nullptr;
}

std::string trimmed(std::string_view s) {
  const std::size_t first = s.find_first_not_of(" \t\r\n");
  if (first == s.npos) {
    return {};
  }
  return std::string(s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1));
}

std::string text_of(const RecordValue* value, std::string_view separator = ", ") {
  if (value == nullptr) {
    return {};
  }
  if (!value->is_list) {
    return trimmed(value->text);
  }
  std::string out;
  for (const std::string& item : value->list) {
    out += (out.empty() ? "" : std::string(separator)) + trimmed(item);
  }
  return out;
}

std::vector<std::string> list_of(const RecordValue* value) {
  std::vector<std::string> out;
  if (value == nullptr) {
    return out;
  }
  if (value->is_list) {
    for (const std::string& item : value->list) {
      if (std::string t = trimmed(item); !t.empty()) {
        out.push_back(std::move(t));
      }
    }
    return out;
  }
  // "Jane Doe; John Roe" or "Jane Doe | John Roe"
  std::size_t pos = 0;
  while (pos <= value->text.size()) {
    std::size_t end = value->text.find_first_of(";|", pos);
    end = end == std::string::npos ? value->text.size() : end;
    if (std::string t = trimmed(std::string_view(value->text).substr(pos, end - pos)); !t.empty()) {
      out.push_back(std::move(t));
    }
    pos = end + 1;
  }
  return out;
}

// Epoch seconds (or milliseconds, when too large for seconds) -> timestamp. Digits with at
// most one fraction; instants outside 1970..9999 are not dates (a record's "." or a
// 400-digit number once aborted the reader).
std::optional<Timestamp> epoch_date(std::string_view text) {
  if (text.empty() || text.find_first_not_of("0123456789.") != text.npos) {
    return std::nullopt;
  }
  double seconds = 0;
  const auto [end, error] =
      std::from_chars(text.data(), text.data() + text.size(), seconds, std::chars_format::fixed);
  if (error != std::errc() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  if (seconds > 1e11) {
    seconds /= 1000;
  }
  constexpr double kLastSecondOf9999 = 253402300799;
  if (!(seconds >= 0 && seconds <= kLastSecondOf9999)) {
    return std::nullopt;
  }
  Timestamp ts;
  ts.utc = std::chrono::sys_seconds(std::chrono::seconds(static_cast<long long>(seconds)));
  ts.has_time = true;
  return ts;
}

void apply_date(const RecordValue* value, Article& a, RecordOutcome& out) {
  const std::string text = text_of(value);
  if (text.empty()) {
    return;
  }
  std::optional<Timestamp> date = parse_date(text);
  if (!date) {
    date = epoch_date(text);
  }
  if (date) {
    a.date = date;
    a.date_source = date_source::kMetadata;
  } else {
    out.warnings.push_back("date \"" + text + "\" is not a date; ignored");
  }
}

std::string record_id(const Record& record, const FieldMap& map, const RawItem& item,
                      const Article& a, std::size_t number, std::set<std::string>& used_ids) {
  std::string own = text_of(field_value(record, map, schema::field(FieldId::kId)));
  if (own.empty()) {
    own = a.url;
  }
  std::string id = item.id + "#" + (own.empty() ? std::to_string(number) : own);
  if (used_ids.count(id) != 0) {
    id = item.id + "#" + std::to_string(number);
  }
  while (used_ids.count(id) != 0) {
    id += "+";
  }
  used_ids.insert(id);
  return id;
}

// CRLF and lone CR line ends (CSV cells, Windows exports) -> LF.
std::string without_carriage_returns(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
    } else if (i + 1 == text.size() || text[i + 1] != '\n') {
      out += '\n';
    }
  }
  return out;
}

// Every field the table lets records give, except the id (record_id decides it).
void fill_fields(const Record& record, const FieldMap& map, Article& a, RecordOutcome& out) {
  for (const Field& f : schema::kFields) {
    if (f.aliases.empty() || f.id == FieldId::kId) {
      continue;
    }
    const RecordValue* value = field_value(record, map, f);
    if (f.shape == Shape::kText) {
      a.*f.text = text_of(value, f.joiner);
    } else if (f.shape == Shape::kList) {
      a.*f.list = list_of(value);
    } else if (f.shape == Shape::kDate) {
      apply_date(value, a, out);
    }
  }
}

}  // namespace

RecordOutcome article_from_record(const Record& record, const RawItem& item, std::size_t number,
                                  std::set<std::string>& used_ids) {
  static const FieldMap kNoMap;
  const FieldMap& map = item.field_map ? *item.field_map : kNoMap;
  RecordOutcome out;
  Article a;
  fill_fields(record, map, a, out);
  a.body = without_carriage_returns(a.body);
  if (a.title.empty() && a.body.empty()) {
    out.error = "no title or text";
    return out;
  }
  a.id = record_id(record, map, item, a, number, used_ids);
  a.path = item.path;
  a.source_file = item.source_file;
  out.article = std::move(a);
  return out;
}

void add_record_outcome(RecordOutcome outcome, const std::string& label, ReadResult& result) {
  for (const std::string& warning : outcome.warnings) {
    result.warnings.push_back(label + ": " + warning);
  }
  if (!outcome.error.empty()) {
    result.errors.push_back(label + ": " + outcome.error + "; record skipped");
  }
  if (outcome.article) {
    result.articles.push_back(std::move(*outcome.article));
  }
}

ReadResult articles_from_records(const std::vector<ParsedRecord>& records, const RawItem& item) {
  ReadResult result;
  std::set<std::string> used_ids;
  for (std::size_t i = 0; i < records.size(); ++i) {
    const ParsedRecord& parsed = records[i];
    if (!parsed.record) {
      result.errors.push_back(parsed.label + ": " + parsed.error + "; record skipped");
      continue;
    }
    add_record_outcome(article_from_record(*parsed.record, item, i + 1, used_ids), parsed.label,
                       result);
  }
  return result;
}

}  // namespace news
