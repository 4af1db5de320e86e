// --export-dir: each result's full text and its metadata as files of one folder, and the
// search's manifest beside them, so an export can be worked on elsewhere and cited.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "search_result.hpp"

namespace news {

// Longest name export_file_name returns (bytes, before ".txt"/".json"): well under the
// 255 bytes file systems allow, with room for the temporary ".NAME.json.partial".
inline constexpr std::size_t kMaxExportName = 200;

// The file name (without extension) for an article id: one path component, never a path.
// ASCII letters, digits, '-', '_' and '.' (but not a leading '.') are kept; every other
// byte, '/' and '%' included, becomes %XX. So a name never holds '/', is never "." or
// "..", never hidden, and different ids give different names. A name that would be longer
// than kMaxExportName keeps its first 160 bytes, then '~' and the 128-bit XXH3 of the whole
// id in hex ('~' appears in no other name). The id "manifest" becomes "%6Danifest", so
// that no article is called like the manifest; the empty id becomes "%".
std::string export_file_name(std::string_view id);

// An open export folder. Files are created inside it only (openat on the folder, no
// symlink followed: O_NOFOLLOW and O_EXCL), so no name, link or id reaches outside.
class ExportDir {
 public:
  // Creates `dir` (and missing parents). `force` lets files that exist be replaced (by a
  // rename over them: a symlink is replaced, never written through).
  // Throws Error(kUsage) when the folder cannot be made or opened.
  ExportDir(std::string dir, bool force);
  ~ExportDir();
  ExportDir(const ExportDir&) = delete;
  ExportDir& operator=(const ExportDir&) = delete;

  // Writes NAME.txt (the title, a blank line, the body) and NAME.json (the result object of
  // the JSON output, with "text_file": "NAME.txt"). Throws Error(kUsage) when a file
  // exists (without force) or cannot be written: the export stops there.
  void write(const SearchResult& result);

  // Writes manifest.json, with "files": the number of articles written.
  void finish(nlohmann::ordered_json manifest);

  std::size_t articles_written() const { return m_written; }

 private:
  void write_file(const std::string& name, const std::string& content);

  std::string m_dir;
  bool m_force;
  int m_fd = -1;
  std::size_t m_written = 0;
};

}  // namespace news
