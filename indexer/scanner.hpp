// Walking the inputs: files and folders (recursively) to the list of files to index.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace news {

struct InputFile {
  std::string disk_path;  // to open (the bytes of the name as they are on disk)
  std::string relative;   // path relative to `root`, escaped (path_names.hpp), generic form
  std::string path;       // as the user will see it: the input as given + relative, escaped
  std::string root;       // absolute folder `relative` is relative to
  bool under_folder_input = false;  // found under a folder input (can be deleted when gone)
  std::string collection;           // set by the indexer: the collection of `root`
  std::string id;                   // set by the indexer: collection + "/" + relative
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
};

// A folder that could not be listed completely: nothing under it may be taken as gone.
struct UnlistedFolder {
  std::string root;      // the folder input it is under (absolute)
  std::string relative;  // its path relative to `root`, escaped ("" for the root itself)
  std::string path;      // as the user will see it
  std::string reason;
};

struct ScanResult {
  std::vector<InputFile> files;                // supported files, sorted by path within each input
  std::vector<std::string> folder_roots;       // absolute paths of the folder inputs
  std::vector<UnlistedFolder> unlisted;        // folders whose listing failed
  std::map<std::string, std::size_t> ignored;  // reason ("unsupported .pdf") -> files
  std::vector<std::pair<std::string, std::string>> errors;  // path, reason
};

// Lists the supported files under `inputs`. Hidden files and folders (".git") are skipped,
// and so are a folder's own documentation files (README, LICENSE, CHANGELOG, ...), which
// are not articles. Symlinked folders are followed; a folder reached twice (a symlink loop
// or a second link to it) is listed once and counted as skipped. Folders that cannot be
// listed are reported in `unlisted` and `errors`.
ScanResult scan_inputs(const std::vector<std::string>& inputs);

// True when `relative` is `folder` or lies under it (both escaped, generic form).
bool is_under_folder(const std::string& relative, const std::string& folder);

}  // namespace news
