// One folder input walked file by file (the Scanner's part for folders).
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "scanner.hpp"

namespace news {

// The file at `disk` as the walk gives it (collection and id not set): nullopt when its name
// is skipped (counted in `notes.ignored`) or its size or time cannot be read (an error in
// `notes`). `shown_root` is the input as given, for the path the user sees.
std::optional<InputFile> input_file(const std::filesystem::path& disk, const std::string& relative,
                                    const std::string& root, const std::string& shown_root,
                                    bool under_folder, ScanNotes& notes);

// Walks a folder depth first, each folder's listing sorted with a folder's name keyed as
// "name/": the files come in the byte order of their whole escaped relative paths
// ("a-b.txt" before "a/b.txt", as '-' < '/'), the order the ids of an input are sorted in.
//
// Which path a folder reached twice is listed under must not depend on that order: it is
// decided first by a survey that walks the folders alone (real folders first, symlinked
// ones after them in name order), recording for each folder (device and inode) a hash of
// the path it is listed under, and counting the supported files by their names. The walk
// then lists a folder only where the survey listed it; a folder the survey did not see (made
// since) is listed where the walk first reaches it. Memory: the survey's record (about 80
// bytes a folder) and the listings of the folders the walk is in, never a list of files.
class FolderWalk {
 public:
  // Surveys `root` (absolute, canonical). Errors are only noted by the walk.
  FolderWalk(std::filesystem::path root, std::string shown_root, ScanNotes& notes);

  std::size_t counted() const { return m_counted; }
  // The next file, in order, or nullopt once the folder is walked.
  std::optional<InputFile> next();

 private:
  using FolderKey = std::pair<dev_t, ino_t>;
  struct Entry {
    std::string key;   // the escaped name, with a '/' after a folder's
    std::string name;  // as on disk
    bool folder = false;
  };
  struct Listing {
    std::filesystem::path disk;
    std::string relative;
    std::vector<Entry> entries;  // sorted by key
    std::size_t next = 0;
  };

  void survey();
  void enter(const std::filesystem::path& disk, const std::string& relative);
  bool listed_here(const std::filesystem::path& disk, const std::string& relative);
  Listing list(const std::filesystem::path& disk, const std::string& relative);

  std::filesystem::path m_root;
  std::string m_shown_root;
  ScanNotes& m_notes;
  std::size_t m_counted = 0;
  std::map<FolderKey, std::uint64_t> m_owner;  // folder -> hash of the path it is listed under
  std::set<FolderKey> m_listed;                // folders the survey did not see, once listed
  std::vector<Listing> m_stack;
  bool m_started = false;
};

}  // namespace news
