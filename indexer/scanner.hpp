// Walking the inputs: files and folders (recursively) to the list of files to index.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace news {

struct InputFile {
  std::string disk_path;  // to open
  std::string id;         // path relative to the indexed root (generic form)
  std::string path;       // as the user will see it: the input as given + relative path
  std::string root;       // absolute path of the folder input it was found under, or ""
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
};

struct ScanResult {
  std::vector<InputFile> files;                // supported files, sorted by path within each input
  std::vector<std::string> folder_roots;       // absolute paths of the folder inputs
  std::map<std::string, std::size_t> ignored;  // reason ("unsupported .pdf") -> files
  std::vector<std::pair<std::string, std::string>> errors;  // path, reason
};

// Lists the supported files under `inputs`. Hidden files and folders (".git") are skipped,
// and so are a folder's own documentation files (README, LICENSE, CHANGELOG, ...), which
// are not articles;
// symlinked folders are not followed (no loops), unreadable folders are reported.
ScanResult scan_inputs(const std::vector<std::string>& inputs);

}  // namespace news
