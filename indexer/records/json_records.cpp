#include "json_records.hpp"
#include "text/ascii.hpp"

#include <cctype>
#include <nlohmann/json.hpp>
#include <string>

namespace news {
namespace {

using nlohmann::json;

// Keys under which a JSON object may hold the list of its articles.
constexpr std::string_view kListKeys[] = {"articles", "items",   "data",  "results", "records",
                                          "entries",  "stories", "posts", "docs",    "documents"};

// A nested object stands for its name ({"author": {"name": "Jane Doe"}}).
std::string scalar_text(const json& v) {
  if (v.is_string()) {
    return v.get<std::string>();
  }
  if (v.is_number()) {
    return v.dump();
  }
  if (v.is_object()) {
    for (const char* key : {"name", "@value", "text", "value"}) {
      if (auto it = v.find(key); it != v.end() && it->is_string()) {
        return it->get<std::string>();
      }
    }
  }
  return {};
}

Record record_of(const json& object) {
  Record record;
  for (const auto& [key, v] : object.items()) {
    RecordValue value;
    if (v.is_array()) {
      value.is_list = true;
      for (const json& element : v) {
        if (std::string t = scalar_text(element); !t.empty()) {
          value.list.push_back(std::move(t));
        }
      }
    } else {
      value.text = scalar_text(v);
      value.number = v.is_number();
    }
    record.emplace_back(key, std::move(value));
  }
  return record;
}

std::vector<ParsedRecord> records_of_array(const json& array) {
  std::vector<ParsedRecord> out;
  for (std::size_t i = 0; i < array.size(); ++i) {
    ParsedRecord parsed{"record " + std::to_string(i + 1), std::nullopt, {}};
    if (array[i].is_object()) {
      parsed.record = record_of(array[i]);
    } else {
      parsed.error = std::string("not an object but ") + array[i].type_name();
    }
    out.push_back(std::move(parsed));
  }
  return out;
}

const json* article_list(const json& object) {
  for (std::string_view key : kListKeys) {
    for (const auto& [k, v] : object.items()) {
      if (v.is_array() && ascii_lower(k) == key) {
        return &v;
      }
    }
  }
  return nullptr;
}

bool looks_like_json_lines(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  const std::size_t end = text.find('\n', first);
  if (first == text.npos || text[first] != '{' || end == text.npos) {
    return false;
  }
  return json::accept(text.substr(first, end - first));
}

// nlohmann's message without its "[json.exception.parse_error.101] " tag, on one line.
std::string one_line(std::string message) {
  if (message.starts_with("[json.exception") && message.find("] ") != message.npos) {
    message.erase(0, message.find("] ") + 2);
  }
  for (char& c : message) {
    c = (c == '\n' || c == '\r') ? ' ' : c;
  }
  return message;
}

}  // namespace

std::vector<ParsedRecord> json_records(std::string_view text) {
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error& e) {
    if (looks_like_json_lines(text)) {
      return json_lines_records(text);
    }
    throw ReadError("not JSON: " + one_line(e.what()));
  }
  if (doc.is_array()) {
    return records_of_array(doc);
  }
  if (!doc.is_object()) {
    throw ReadError(std::string("JSON holds a ") + doc.type_name() + ", not articles");
  }
  if (const json* list = article_list(doc)) {
    return records_of_array(*list);
  }
  return {ParsedRecord{"record 1", record_of(doc), {}}};
}

std::vector<ParsedRecord> json_lines_records(std::string_view text) {
  std::vector<ParsedRecord> out;
  bool any_object = false;
  std::size_t line_no = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t end = text.find('\n', pos);
    end = end == text.npos ? text.size() : end;
    const std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == line.npos) {
      continue;
    }
    ParsedRecord parsed{"line " + std::to_string(line_no), std::nullopt, {}};
    try {
      const json v = json::parse(line);
      if (v.is_object()) {
        parsed.record = record_of(v);
        any_object = true;
      } else {
        parsed.error = std::string("not a JSON object but ") + v.type_name();
      }
    } catch (const json::parse_error& e) {
      parsed.error = "invalid JSON: " + one_line(e.what());
    }
    out.push_back(std::move(parsed));
  }
  if (!any_object) {
    throw ReadError(out.empty() ? "no JSON records" : "not JSON Lines: " + out.front().error);
  }
  return out;
}

}  // namespace news
