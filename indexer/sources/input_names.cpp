#include "input_names.hpp"

#include <algorithm>

#include "text/ascii.hpp"

namespace news {
namespace {

std::string_view last_component(std::string_view name) {
  const std::size_t slash = name.find_last_of('/');
  return slash == name.npos ? name : name.substr(slash + 1);
}

}  // namespace

bool is_hidden_name(std::string_view name) {
  const std::string_view file = last_component(name);
  return file.size() > 1 && file[0] == '.';
}

bool is_documentation_name(std::string_view name) {
  static constexpr std::string_view kNames[] = {"readme",    "license",      "licence", "copying",
                                                "changelog", "contributing", "authors"};
  std::string stem = ascii_lower(last_component(name));
  if (const std::size_t dot = stem.rfind('.'); dot != 0 && dot != stem.npos) {
    stem.erase(dot);
  }
  return std::find(std::begin(kNames), std::end(kNames), stem) != std::end(kNames);
}

}  // namespace news
