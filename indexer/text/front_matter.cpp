#include "front_matter.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>

#include "fields.hpp"
#include "readers/reader.hpp"
#include "text/ascii.hpp"

namespace news {
namespace {

// A scalar, or the items of a sequence: "a" -> [a]; [a, b] -> [a, b].
std::vector<std::string> as_list(const YAML::Node& node) {
  std::vector<std::string> out;
  if (node.IsScalar() && !node.Scalar().empty()) {
    out.push_back(node.Scalar());
  } else if (node.IsSequence()) {
    for (const YAML::Node& item : node) {
      if (item.IsScalar() && !item.Scalar().empty()) {
        out.push_back(item.Scalar());
      }
    }
  }
  return out;
}

std::string as_text(const YAML::Node& node) {
  std::string joined;
  for (const std::string& item : as_list(node)) {
    joined += (joined.empty() ? "" : "; ") + item;
  }
  return joined;
}

void assign(FrontMatter& fm, const schema::Field& field, const YAML::Node& value) {
  if (field.shape == schema::Shape::kText) {
    fm.fields.*field.text = as_text(value);
  } else if (field.shape == schema::Shape::kList) {
    fm.fields.*field.list = as_list(value);
  } else if (field.shape == schema::Shape::kDate) {
    fm.date = as_text(value);
  }
}

FrontMatter parse_yaml(std::string_view yaml, std::size_t first_line) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    throw ReadError("front matter is not valid YAML (line " +
                    std::to_string(first_line + std::size_t(e.mark.line)) + "): " + e.msg);
  }
  FrontMatter fm;
  if (root.IsNull()) {
    return fm;
  }
  if (!root.IsMap()) {
    throw ReadError("front matter is not a list of \"key: value\" lines");
  }
  for (const auto& entry : root) {
    const schema::Field* field =
        schema::field_for_alias(ascii_lower(entry.first.as<std::string>("")), schema::kFrontMatter);
    if (field != nullptr) {
      assign(fm, *field, entry.second);
    }
  }
  return fm;
}

bool is_fence(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) {
    line.remove_suffix(1);
  }
  return line == "---" || line == "...";
}

}  // namespace

SplitFrontMatter split_front_matter(std::string_view text) {
  SplitFrontMatter out;
  out.body = text;
  if (!(text.starts_with("---\n") || text.starts_with("---\r\n"))) {
    return out;
  }
  const std::size_t yaml_start = text.find('\n') + 1;
  std::size_t pos = yaml_start;
  std::size_t line = 2;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    const std::string_view current = text.substr(pos, end == text.npos ? text.npos : end - pos);
    if (is_fence(current)) {
      out.front_matter = parse_yaml(text.substr(yaml_start, pos - yaml_start), 2);
      out.body = end == text.npos ? std::string_view() : text.substr(end + 1);
      out.body_line = line + 1;
      return out;
    }
    if (end == text.npos) {
      break;
    }
    pos = end + 1;
    ++line;
  }
  throw ReadError("front matter opened on line 1 is never closed (no \"---\" line)");
}

}  // namespace news
