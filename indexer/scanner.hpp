// Walking the inputs: files and folders (recursively) to the files to index, one at a time.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
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
  std::size_t walked = 0;  // files the walk had given when it gave this one, itself included
};

// A folder that could not be listed completely: nothing under it may be taken as gone.
struct UnlistedFolder {
  std::string root;      // the folder input it is under (absolute)
  std::string relative;  // its path relative to `root`, escaped ("" for the root itself)
  std::string path;      // as the user will see it
  std::string reason;
};

using ScanError = std::pair<std::string, std::string>;  // path, reason

// What walking the inputs met besides the files it gives.
struct ScanNotes {
  std::vector<std::string> folder_roots;       // absolute paths of the folder inputs
  std::vector<UnlistedFolder> unlisted;        // folders whose listing failed
  std::map<std::string, std::size_t> ignored;  // reason ("unsupported .pdf") -> files
  std::vector<ScanError> errors;               // met and not yet taken (Scanner::take_errors)
  std::size_t error_count = 0;                 // all errors met so far
};

class FolderWalk;

// Lists the supported files under `inputs`, one at a time, in the order of the inputs and,
// within a folder input, sorted by escaped relative path (byte order), so that document
// ids and the index do not depend on the order the system lists entries in. Hidden files
// and folders (".git") are skipped, and so are a folder's own documentation files (README,
// LICENSE, CHANGELOG, ...), which are not articles. Symlinked folders are followed; a folder
// reached twice (a symlink loop or a second link to it) is listed once, under the path the
// walk of real folders first and symlinked ones after them reaches it by, and counted as
// skipped. Folders that cannot be listed are noted in `unlisted` and the errors.
//
// Memory does not grow with the number of files: the walk holds the sorted listings of the
// folders it is in, and the device and inode of every folder of the inputs. Missing inputs
// and file inputs are checked when the Scanner is made; each folder input is surveyed
// then too (its folders, and its supported files counted for `counted()`).
class Scanner {
 public:
  explicit Scanner(const std::vector<std::string>& inputs);
  ~Scanner();
  Scanner(const Scanner&) = delete;
  Scanner& operator=(const Scanner&) = delete;

  // The next supported file, or nullopt once every input is walked. Its collection and id
  // are set when set_collections() was called (file inputs: as set in file_inputs()).
  std::optional<InputFile> next();
  // The errors met since the last call, to be reported as they come.
  std::vector<ScanError> take_errors();

  const ScanNotes& notes() const { return m_notes; }
  // The file inputs (files given by name), checked when the Scanner was made.
  std::vector<InputFile>& file_inputs() { return m_file_inputs; }
  // The collection of each folder input (root -> name): files under it get their ids.
  void set_collections(std::map<std::string, std::string> collection_of_root);
  // Supported files counted by the survey: what next() will give if nothing changes.
  std::size_t counted() const { return m_counted; }
  // True once next() has returned nullopt.
  bool done() const { return m_done; }

 private:
  struct Input {
    std::unique_ptr<FolderWalk> walk;  // a folder input, or
    std::size_t file = 0;              // the index of a file input
  };

  std::vector<Input> m_inputs;
  std::vector<InputFile> m_file_inputs;
  std::map<std::string, std::string> m_collection_of_root;
  ScanNotes m_notes;
  std::size_t m_next_input = 0;
  std::size_t m_walked = 0;
  std::size_t m_counted = 0;
  bool m_done = false;
};

// Every file of `inputs` at once, with what the walk met: for tests and small inputs (an
// indexing run walks with a Scanner, holding no list of files).
struct ScanResult {
  std::vector<InputFile> files;  // supported files, sorted by path within each input
  std::vector<std::string> folder_roots;
  std::vector<UnlistedFolder> unlisted;
  std::map<std::string, std::size_t> ignored;
  std::vector<ScanError> errors;
};
ScanResult scan_inputs(const std::vector<std::string>& inputs);

// True when `relative` is `folder` or lies under it (both escaped, generic form).
bool is_under_folder(const std::string& relative, const std::string& folder);

}  // namespace news
