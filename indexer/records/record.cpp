#include "record.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>
#include <optional>
#include <string_view>

#include "date_parser.hpp"

namespace news {
namespace {

// Common record keys per article field, in the form normalised_key() gives them.
struct FieldAliases {
  std::string_view field;
  std::vector<std::string_view> keys;
};

const std::vector<FieldAliases>& field_aliases() {
  static const std::vector<FieldAliases> kAliases = {
      {"title", {"title", "headline", "name"}},
      {"body", {"text", "body", "content", "article", "articlebody"}},
      {"description", {"description", "summary"}},
      {"date",
       {"date", "published", "publishdate", "publishedat", "pubdate", "datepublished", "createdat",
        "timestamp"}},
      {"byline", {"author", "byline", "authors", "creator"}},
      {"url", {"url", "link", "permalink"}},
      {"source", {"source", "outlet", "publisher", "site", "domain"}},
      {"language", {"language", "lang"}},
      {"id", {"id", "guid", "uuid"}},
      {"persons", {"persons", "people"}},
      {"orgs", {"orgs", "organizations", "organisations"}},
      {"places", {"places", "locations"}},
      {"tags", {"tags", "keywords"}},
  };
  return kAliases;
}

std::string normalised_key(std::string_view key) {
  std::string out;
  for (unsigned char c : key) {
    if (c != '_' && c != '-' && c != ' ') {
      out += char(std::tolower(c));
    }
  }
  return out;
}

const RecordValue* find_key(const Record& record, std::string_view wanted) {
  for (const auto& [key, value] : record) {
    if (key == wanted) {
      return &value;
    }
  }
  const std::string norm = normalised_key(wanted);
  for (const auto& [key, value] : record) {
    if (normalised_key(key) == norm) {
      return &value;
    }
  }
  return nullptr;
}

// The value for an article field: the user's mapped key, else the first common key.
const RecordValue* field_value(const Record& record, const FieldMap& map, std::string_view field) {
  if (auto it = map.find(std::string(field)); it != map.end()) {
    return find_key(record, it->second);
  }
  for (const FieldAliases& aliases : field_aliases()) {
    if (aliases.field != field) {
      continue;
    }
    for (std::string_view key : aliases.keys) {
      const RecordValue* value = find_key(record, key);
      if (value != nullptr && (!value->text.empty() || !value->list.empty())) {
        return value;
      }
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
  std::string own = text_of(field_value(record, map, "id"));
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

void fill_fields(const Record& record, const FieldMap& map, Article& a, RecordOutcome& out) {
  a.title = text_of(field_value(record, map, "title"), " ");
  a.body = text_of(field_value(record, map, "body"), "\n\n");
  if (a.body.empty() && map.count("body") == 0) {
    a.body = text_of(field_value(record, map, "description"), "\n\n");
  }
  apply_date(field_value(record, map, "date"), a, out);
  a.byline = text_of(field_value(record, map, "byline"), "; ");
  a.url = text_of(field_value(record, map, "url"));
  a.source = text_of(field_value(record, map, "source"));
  a.language = text_of(field_value(record, map, "language"));
  a.persons = list_of(field_value(record, map, "persons"));
  a.orgs = list_of(field_value(record, map, "orgs"));
  a.places = list_of(field_value(record, map, "places"));
  a.tags = list_of(field_value(record, map, "tags"));
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
