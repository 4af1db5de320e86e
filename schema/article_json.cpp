#include "article_json.hpp"

#include <algorithm>

namespace news {

using nlohmann::ordered_json;
using schema::Field;
using schema::Shape;

ordered_json field_json(const Field& f, const Article& a) {
  switch (f.shape) {
    case Shape::kText:
      return a.*f.text;
    case Shape::kList:
      return a.*f.list;
    case Shape::kDate:
      return a.date ? ordered_json(to_iso8601(*a.date)) : ordered_json(nullptr);
    case Shape::kConfidence:
      return a.date ? ordered_json(date_confidence(a.date_source)) : ordered_json(nullptr);
    case Shape::kSignature:
    case Shape::kNone:
      break;
  }
  return nullptr;
}

std::string field_text(const Field& f, const Article& a) {
  if (f.shape == Shape::kList) {
    std::string out;
    for (const std::string& item : a.*f.list) {
      out += (out.empty() ? "" : "; ") + item;
    }
    return out;
  }
  const ordered_json value = field_json(f, a);
  return value.is_string() ? value.get<std::string>() : value.is_null() ? "" : value.dump();
}

ordered_json fields_json(const Article& a, unsigned flag) {
  ordered_json j = ordered_json::object();
  for (const Field& f : schema::kFields) {
    if ((f.flags & flag) == 0) {
      continue;
    }
    ordered_json value = field_json(f, a);
    const bool empty = value.is_null() || (value.is_string() && value.get<std::string>().empty());
    if (!(empty && (f.flags & schema::kOmitEmpty) != 0)) {
      j[std::string(f.key)] = std::move(value);
    }
  }
  return j;
}

ordered_json article_json(const Article& a) {
  return fields_json(a, schema::kJson);
}

const std::vector<const Field*>& csv_fields() {
  static const std::vector<const Field*> kColumns = [] {
    std::vector<const Field*> out;
    for (const Field& f : schema::kFields) {
      if (f.csv_column != 0) {
        out.push_back(&f);
      }
    }
    std::sort(out.begin(), out.end(),
              [](const Field* a, const Field* b) { return a->csv_column < b->csv_column; });
    return out;
  }();
  return kColumns;
}

std::string dump_json_line(const ordered_json& json) {
  return json.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace news
