#include "input_names.hpp"

#include <algorithm>
#include <cctype>

#include "readers/reader_registry.hpp"
#include "text/ascii.hpp"

namespace news {
namespace {

std::string_view last_component(std::string_view name) {
  const std::size_t slash = name.find_last_of('/');
  return slash == name.npos ? name : name.substr(slash + 1);
}

bool ends_with_any(const std::string& name, std::initializer_list<std::string_view> suffixes) {
  return std::any_of(suffixes.begin(), suffixes.end(),
                     [&](std::string_view s) { return name.ends_with(s); });
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

bool is_archive_name(std::string_view name) {
  return ends_with_any(ascii_lower(last_component(name)),
                       {".zip", ".tar", ".tgz", ".tbz2", ".txz", ".tzst", ".tar.gz", ".tar.bz2",
                        ".tar.xz", ".tar.zst", ".7z"});
}

bool is_compressed_tar_name(std::string_view name) {
  return ends_with_any(
      ascii_lower(last_component(name)),
      {".tgz", ".tbz2", ".txz", ".tzst", ".tar.gz", ".tar.bz2", ".tar.xz", ".tar.zst"});
}

std::optional<std::string> compressed_inner_name(std::string_view name) {
  if (is_archive_name(name)) {
    return std::nullopt;
  }
  const std::string low = ascii_lower(name);
  for (std::string_view ext : {".gz", ".bz2", ".xz", ".zst"}) {
    if (low.ends_with(ext) && low.size() > ext.size()) {
      return std::string(name.substr(0, name.size() - ext.size()));
    }
  }
  return std::nullopt;
}

bool is_readable_name(std::string_view name) {
  if (is_archive_name(name)) {
    return true;
  }
  if (auto inner = compressed_inner_name(name)) {
    return is_readable_name(*inner);
  }
  return reader_for(name) != nullptr;
}

}  // namespace news
