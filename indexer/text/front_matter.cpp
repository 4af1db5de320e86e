#include "front_matter.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "readers/reader.hpp"
#include "text/ascii.hpp"

namespace news {
namespace {

enum class Key {
  kTitle,
  kDate,
  kByline,
  kSource,
  kUrl,
  kLanguage,
  kPersons,
  kOrgs,
  kPlaces,
  kTags
};

const std::map<std::string, Key>& key_aliases() {
  static const std::map<std::string, Key> aliases = {
      {"title", Key::kTitle},
      {"headline", Key::kTitle},
      {"date", Key::kDate},
      {"published", Key::kDate},
      {"pubdate", Key::kDate},
      {"publish_date", Key::kDate},
      {"date_published", Key::kDate},
      {"datepublished", Key::kDate},
      {"author", Key::kByline},
      {"authors", Key::kByline},
      {"byline", Key::kByline},
      {"by", Key::kByline},
      {"source", Key::kSource},
      {"publisher", Key::kSource},
      {"outlet", Key::kSource},
      {"site", Key::kSource},
      {"url", Key::kUrl},
      {"link", Key::kUrl},
      {"canonical_url", Key::kUrl},
      {"language", Key::kLanguage},
      {"lang", Key::kLanguage},
      {"persons", Key::kPersons},
      {"people", Key::kPersons},
      {"person", Key::kPersons},
      {"orgs", Key::kOrgs},
      {"organisations", Key::kOrgs},
      {"organizations", Key::kOrgs},
      {"org", Key::kOrgs},
      {"places", Key::kPlaces},
      {"locations", Key::kPlaces},
      {"place", Key::kPlaces},
      {"tags", Key::kTags},
      {"keywords", Key::kTags},
      {"categories", Key::kTags},
  };
  return aliases;
}

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

void assign(FrontMatter& fm, Key key, const YAML::Node& value) {
  switch (key) {
    case Key::kTitle:
      fm.title = as_text(value);
      break;
    case Key::kDate:
      fm.date = as_text(value);
      break;
    case Key::kByline:
      fm.byline = as_text(value);
      break;
    case Key::kSource:
      fm.source = as_text(value);
      break;
    case Key::kUrl:
      fm.url = as_text(value);
      break;
    case Key::kLanguage:
      fm.language = as_text(value);
      break;
    case Key::kPersons:
      fm.persons = as_list(value);
      break;
    case Key::kOrgs:
      fm.orgs = as_list(value);
      break;
    case Key::kPlaces:
      fm.places = as_list(value);
      break;
    case Key::kTags:
      fm.tags = as_list(value);
      break;
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
    const auto it = key_aliases().find(ascii_lower(entry.first.as<std::string>("")));
    if (it != key_aliases().end()) {
      assign(fm, it->second, entry.second);
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
