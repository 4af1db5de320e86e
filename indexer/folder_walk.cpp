#include "folder_walk.hpp"

#include <sys/stat.h>
#include <xxhash.h>

#include <algorithm>
#include <chrono>

#include "path_names.hpp"
#include "sources/input_kind.hpp"
#include "sources/input_names.hpp"

namespace news {
namespace {

namespace fs = std::filesystem;

constexpr const char* kReachedTwice = "folder reached twice (symlink loop or second link)";

std::int64_t mtime_ns(const fs::path& p, std::error_code& ec) {
  const auto t = fs::last_write_time(p, ec);
  return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

std::string join(const std::string& folder, const std::string& name) {
  return folder.empty() ? name : folder + "/" + name;
}

std::string shown_path(const std::string& shown_root, const std::string& relative) {
  const std::string root =
      escape_path_name(fs::path(shown_root).lexically_normal().generic_string());
  if (relative.empty()) {
    return root;
  }
  return root.empty() || root == "." ? relative
                                     : (root.back() == '/' ? root : root + "/") + relative;
}

std::uint64_t path_hash(const std::string& relative) {
  return XXH3_64bits(relative.data(), relative.size());
}

// The type of a listed entry, following a symlink; a stat only for symlinks (and where
// the system does not give the type with the listing).
fs::file_type entry_type(const fs::directory_entry& entry, bool& link) {
  std::error_code ec;
  link = entry.is_symlink(ec);
  if (link) {
    return entry.status(ec).type();
  }
  if (entry.is_directory(ec)) {
    return fs::file_type::directory;
  }
  return entry.is_regular_file(ec) ? fs::file_type::regular : fs::file_type::unknown;
}

// A folder still to survey: where it is on disk, and its path relative to the root.
using PendingFolder = std::pair<fs::path, std::string>;

}  // namespace

std::optional<InputFile> input_file(const fs::path& disk, const std::string& relative,
                                    const std::string& root, const std::string& shown_root,
                                    bool under_folder, ScanNotes& notes) {
  if (std::string reason = skip_reason(disk.filename().string()); !reason.empty()) {
    ++notes.ignored[std::move(reason)];
    return std::nullopt;
  }
  std::error_code ec;
  InputFile file;
  file.disk_path = disk.string();
  file.relative = relative;
  file.path = shown_path(shown_root, relative);
  file.root = root;
  file.under_folder_input = under_folder;
  file.size = fs::file_size(disk, ec);
  if (!ec) {
    file.mtime_ns = mtime_ns(disk, ec);
  }
  if (ec) {
    notes.errors.emplace_back(file.path, ec.message());
    ++notes.error_count;
    return std::nullopt;
  }
  return file;
}

FolderWalk::FolderWalk(fs::path root, std::string shown_root, ScanNotes& notes)
    : m_root(std::move(root)), m_shown_root(std::move(shown_root)), m_notes(notes) {
  survey();
}

// The order the folders were listed in before files were given one at a time: real
// folders depth first, then the symlinked ones in name order (and the real folders under
// each), each folder once. Only which path lists a folder is kept from it.
void FolderWalk::survey() {
  std::vector<PendingFolder> pending{{m_root, ""}};
  std::vector<PendingFolder> linked;
  while (!pending.empty() || !linked.empty()) {
    if (pending.empty()) {
      std::sort(linked.begin(), linked.end(),
                [](const auto& a, const auto& b) { return a.second > b.second; });
      pending.push_back(std::move(linked.back()));
      linked.pop_back();
    }
    const PendingFolder folder = std::move(pending.back());
    pending.pop_back();
    struct stat st {};
    if (::stat(folder.first.c_str(), &st) == 0 &&
        !m_owner.emplace(FolderKey{st.st_dev, st.st_ino}, path_hash(folder.second)).second) {
      continue;  // reached twice
    }
    std::error_code ec;
    for (fs::directory_iterator it(folder.first, ec); !ec && it != fs::directory_iterator();
         it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (is_hidden_name(name)) {
        continue;
      }
      bool link = false;
      const fs::file_type type = entry_type(*it, link);
      if (type == fs::file_type::directory) {
        (link ? linked : pending)
            .emplace_back(it->path(), join(folder.second, escape_path_name(name)));
      } else if (type == fs::file_type::regular && skip_reason(name).empty()) {
        ++m_counted;
      }
    }
  }
}

// True when the folder at `disk` is to be listed under `relative`: where the survey listed
// it, or, for a folder it did not see, where the walk first reaches it.
bool FolderWalk::listed_here(const fs::path& disk, const std::string& relative) {
  struct stat st {};
  if (::stat(disk.c_str(), &st) != 0) {
    return true;  // listing it will report the problem
  }
  const FolderKey key{st.st_dev, st.st_ino};
  const auto owner = m_owner.find(key);
  return owner != m_owner.end() ? owner->second == path_hash(relative)
                                : m_listed.insert(key).second;
}

void FolderWalk::enter(const fs::path& disk, const std::string& relative) {
  if (!listed_here(disk, relative)) {
    ++m_notes.ignored[kReachedTwice];
    return;
  }
  m_stack.push_back(list(disk, relative));
}

FolderWalk::Listing FolderWalk::list(const fs::path& disk, const std::string& relative) {
  Listing listing{disk, relative, {}, 0};
  std::error_code ec;
  for (fs::directory_iterator it(disk, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (is_hidden_name(name)) {
      continue;
    }
    bool link = false;
    const fs::file_type type = entry_type(*it, link);
    if (type == fs::file_type::directory) {
      listing.entries.push_back({escape_path_name(name) + "/", std::move(name), true});
    } else if (type == fs::file_type::regular) {
      listing.entries.push_back({escape_path_name(name), std::move(name), false});
    } else if (link && (type == fs::file_type::not_found || type == fs::file_type::none)) {
      ++m_notes.ignored["broken symlink"];
    }
  }
  if (ec) {
    const std::string path = shown_path(m_shown_root, relative);
    const std::string reason = "cannot list folder (" + ec.message() +
                               "): articles indexed from it are kept, none are deleted";
    m_notes.unlisted.push_back({m_root.string(), relative, path, reason});
    m_notes.errors.emplace_back(path, reason);
    ++m_notes.error_count;
  }
  std::sort(listing.entries.begin(), listing.entries.end(),
            [](const Entry& a, const Entry& b) { return a.key < b.key; });
  return listing;
}

std::optional<InputFile> FolderWalk::next() {
  if (!m_started) {
    m_started = true;
    enter(m_root, "");
  }
  while (!m_stack.empty()) {
    Listing& top = m_stack.back();
    if (top.next == top.entries.size()) {
      m_stack.pop_back();
      continue;
    }
    const Entry entry = std::move(top.entries[top.next++]);
    const fs::path disk = top.disk / entry.name;
    if (entry.folder) {
      enter(disk, join(top.relative, entry.key.substr(0, entry.key.size() - 1)));
      continue;
    }
    std::optional<InputFile> file = input_file(disk, join(top.relative, entry.key), m_root.string(),
                                               m_shown_root, true, m_notes);
    if (file) {
      return file;
    }
  }
  return std::nullopt;
}

}  // namespace news
