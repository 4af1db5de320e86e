#include "scanner.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <set>

#include "path_names.hpp"
#include "sources/input_kind.hpp"
#include "sources/input_names.hpp"

namespace news {
namespace {

namespace fs = std::filesystem;

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

// A folder still to list: where it is on disk, and its path relative to the root.
using PendingFolder = std::pair<fs::path, std::string>;

// One folder input being walked.
struct Walk {
  fs::path root;
  std::string shown_root;
  ScanResult& out;
  std::set<std::pair<dev_t, ino_t>> visited;  // folders already listed (symlinks followed)
  std::vector<PendingFolder> pending;         // real sub-folders still to list
  std::vector<PendingFolder> linked;          // symlinked sub-folders, listed after them
};

void add_file(const fs::path& p, const std::string& relative, Walk& w, bool under_folder) {
  if (std::string reason = skip_reason(p.filename().string()); !reason.empty()) {
    ++w.out.ignored[std::move(reason)];
    return;
  }
  std::error_code ec;
  InputFile file;
  file.disk_path = p.string();
  file.relative = relative;
  file.path = shown_path(w.shown_root, relative);
  file.root = w.root.string();
  file.under_folder_input = under_folder;
  file.size = fs::file_size(p, ec);
  if (!ec) {
    file.mtime_ns = mtime_ns(p, ec);
  }
  if (ec) {
    w.out.errors.emplace_back(file.path, ec.message());
    return;
  }
  w.out.files.push_back(std::move(file));
}

// Marks a folder as listed; false when it was listed before (a loop or a second link).
bool first_visit(const fs::path& dir, Walk& w) {
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0) {
    return true;  // listing it will report the problem
  }
  return w.visited.emplace(st.st_dev, st.st_ino).second;
}

void unlisted(const std::string& relative, const std::error_code& ec, Walk& w) {
  const std::string path = shown_path(w.shown_root, relative);
  const std::string reason = "cannot list folder (" + ec.message() +
                             "): articles indexed from it are kept, none are deleted";
  w.out.unlisted.push_back({w.root.string(), relative, path, reason});
  w.out.errors.emplace_back(path, reason);
}

// Lists one folder: files are added, sub-folders queued.
void list_folder(const PendingFolder& folder, Walk& w) {
  const std::string& relative = folder.second;
  std::error_code ec;
  fs::directory_iterator it(folder.first, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (is_hidden_name(name)) {
      continue;
    }
    const std::string child = join(relative, escape_path_name(name));
    std::error_code type_ec;
    const fs::file_status status = it->status(type_ec);  // follows symlinks
    if (fs::is_directory(status)) {
      (it->is_symlink(type_ec) ? w.linked : w.pending).emplace_back(it->path(), child);
    } else if (fs::is_regular_file(status)) {
      add_file(it->path(), child, w, true);
    } else if (it->is_symlink(type_ec) && !fs::exists(status)) {
      ++w.out.ignored["broken symlink"];
    }
  }
  if (ec) {
    unlisted(relative, ec, w);
  }
}

// Lists every folder once (by device and inode). Real folders come first and symlinked
// ones after them, in name order, so that which path a folder reached twice is listed
// under does not depend on the order the system lists entries in: ids stay the same
// from run to run.
void walk(Walk& w) {
  while (!w.pending.empty() || !w.linked.empty()) {
    if (w.pending.empty()) {
      std::sort(w.linked.begin(), w.linked.end(),
                [](const auto& a, const auto& b) { return a.second > b.second; });
      w.pending.push_back(std::move(w.linked.back()));
      w.linked.pop_back();
    }
    const PendingFolder folder = std::move(w.pending.back());
    w.pending.pop_back();
    if (first_visit(folder.first, w)) {
      list_folder(folder, w);
    } else {
      ++w.out.ignored["folder reached twice (symlink loop or second link)"];
    }
  }
}

void scan_folder(const std::string& input, ScanResult& out) {
  std::error_code ec;
  Walk w{fs::canonical(input, ec), input, out, {}, {}, {}};
  out.folder_roots.push_back(w.root.string());
  const std::size_t first = out.files.size();
  w.pending.emplace_back(w.root, "");
  walk(w);
  std::sort(out.files.begin() + std::ptrdiff_t(first), out.files.end(),
            [](const InputFile& a, const InputFile& b) { return a.relative < b.relative; });
}

void scan_file(const std::string& input, ScanResult& out) {
  std::error_code ec;
  const fs::path canonical = fs::canonical(input, ec);
  Walk w{canonical.parent_path(), fs::path(input).parent_path().string(), out, {}, {}, {}};
  add_file(canonical, escape_path_name(canonical.filename().string()), w, false);
}

}  // namespace

bool is_under_folder(const std::string& relative, const std::string& folder) {
  return folder.empty() || relative == folder ||
         (relative.size() > folder.size() && relative.starts_with(folder) &&
          relative[folder.size()] == '/');
}

ScanResult scan_inputs(const std::vector<std::string>& inputs) {
  ScanResult out;
  for (const std::string& input : inputs) {
    std::error_code ec;
    const fs::file_status status = fs::status(input, ec);
    if (ec || !fs::exists(status)) {
      out.errors.emplace_back(escape_path_name(input), "no such file or folder");
    } else if (fs::is_directory(status)) {
      scan_folder(input, out);
    } else if (fs::is_regular_file(status)) {
      scan_file(input, out);
    } else {
      out.errors.emplace_back(escape_path_name(input), "not a regular file or folder");
    }
  }
  return out;
}

}  // namespace news
