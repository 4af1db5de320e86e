#include "collections.hpp"

#include <algorithm>
#include <filesystem>

#include "diagnostics.hpp"
#include "error.hpp"
#include "path_names.hpp"

namespace news {
namespace {

namespace fs = std::filesystem;

// The collection whose folder is `root`, or "".
std::string collection_of_root(const std::string& root, const IndexStore& store) {
  for (const auto& [name, folder] : store.collections()) {
    if (folder == root) {
      return name;
    }
  }
  return "";
}

bool folder_exists(const std::string& folder) {
  std::error_code ec;
  return fs::is_directory(folder, ec);
}

// How many files under `root` (walked again: no list of files is kept) the index holds for
// `collection` with the same relative path, size and mtime.
std::size_t same_files(const std::string& root, const std::string& collection,
                       const IndexStore& store) {
  Scanner walk({root});
  std::size_t same = 0;
  while (const std::optional<InputFile> f = walk.next()) {
    const std::optional<IndexStore::FileState> state =
        store.file_state(collection + "/" + f->relative);
    same +=
        state.has_value() && state->stamp.size == f->size && state->stamp.mtime_ns == f->mtime_ns
            ? 1
            : 0;
  }
  return same;
}

// A collection whose folder is gone and whose files (same relative path, size and mtime)
// are at least half found under `root`: the folder was moved there.
std::string moved_collection(const std::string& root, const IndexStore& store) {
  for (const auto& [name, folder] : store.collections()) {
    const std::size_t total = store.files_in_collection(name);
    if (total != 0 && !folder_exists(folder) && same_files(root, name, store) * 2 >= total) {
      return name;
    }
  }
  return "";
}

std::string unique_name(const std::string& root, const IndexStore& store) {
  std::string base = escape_path_name(fs::path(root).filename().string());
  if (base.empty() || base == "." || base == "..") {
    base = "root";
  }
  std::string name = base;
  for (int n = 2; store.collections().contains(name); ++n) {
    name = base + "-" + std::to_string(n);
  }
  return name;
}

// The collection of a folder input, created or re-attached when needed.
std::string folder_collection(const std::string& root, const std::string& requested,
                              IndexStore& store) {
  const std::string known = collection_of_root(root, store);
  if (!requested.empty() && !known.empty() && known != requested) {
    throw Error(ExitCode::kUsage, root + " is already the collection " + known,
                "leave out --collection, or index it without --collection");
  }
  if (!known.empty()) {
    return known;
  }
  if (!requested.empty()) {
    const auto it = store.collections().find(requested);
    if (it != store.collections().end() && folder_exists(it->second)) {
      throw Error(ExitCode::kUsage, "collection " + requested + " is the folder " + it->second,
                  "choose another --collection name, or use --move-root OLD NEW to move it");
    }
    store.set_collection(requested, root);
    return requested;
  }
  std::string name = moved_collection(root, store);
  if (!name.empty()) {
    report_note(root + " is the collection " + name + ", moved from " +
                store.collections().at(name) + " (recognised by its files)");
  } else {
    name = unique_name(root, store);
    const std::string base = escape_path_name(fs::path(root).filename().string());
    if (name != base && store.collections().contains(base)) {
      report_note(root + " is the new collection " + name + " (" + base + " is " +
                  store.collections().at(base) + ")");
    }
  }
  store.set_collection(name, root);
  return name;
}

// A file input: the collection of a folder that holds it, else of its own folder.
// The innermost one is taken, so a file gets the id it has when its folder is indexed.
void attach_file(InputFile& file, IndexStore& store) {
  std::string best, best_up;
  for (const auto& [name, folder] : store.collections()) {
    const std::string up = fs::path(file.root).lexically_relative(folder).generic_string();
    const bool holds = !up.empty() && up != ".." && !up.starts_with("../");
    if (holds && (best.empty() || folder.size() > store.collections().at(best).size())) {
      best = name;
      best_up = up;
    }
  }
  if (best.empty()) {
    file.collection = folder_collection(file.root, "", store);
    return;
  }
  file.collection = best;
  file.relative = (best_up == "." ? "" : escape_path_name(best_up) + "/") + file.relative;
}

void check_requested(const std::string& requested, const std::vector<std::string>& folder_roots) {
  if (requested.empty()) {
    return;
  }
  if (requested.find('/') != std::string::npos || requested == "." || requested == "..") {
    throw Error(ExitCode::kUsage, "--collection " + requested + ": a name without '/'");
  }
  if (folder_roots.size() != 1) {
    throw Error(ExitCode::kUsage, "--collection names one folder: give exactly one folder");
  }
}

std::map<std::string, std::string> root_collections(const std::vector<std::string>& folder_roots,
                                                    const std::string& requested,
                                                    IndexStore& store) {
  check_requested(requested, folder_roots);
  std::map<std::string, std::string> by_root;
  for (const std::string& root : folder_roots) {
    if (!by_root.contains(root)) {
      by_root[root] = folder_collection(root, requested, store);
    }
  }
  return by_root;
}

void give_id(InputFile& file, const std::map<std::string, std::string>& by_root,
             IndexStore& store) {
  if (file.under_folder_input) {
    file.collection = by_root.at(file.root);
  } else {
    attach_file(file, store);
  }
  file.id = file.collection + "/" + file.relative;
}

}  // namespace

void assign_collections(ScanResult& scan, const std::string& requested, IndexStore& store) {
  const auto by_root = root_collections(scan.folder_roots, requested, store);
  for (InputFile& file : scan.files) {
    give_id(file, by_root, store);
  }
}

void assign_collections(Scanner& scan, const std::string& requested, IndexStore& store) {
  auto by_root = root_collections(scan.notes().folder_roots, requested, store);
  for (InputFile& file : scan.file_inputs()) {
    give_id(file, by_root, store);
  }
  scan.set_collections(std::move(by_root));
}

std::vector<std::string> folder_collections(const std::vector<std::string>& folder_roots,
                                            const IndexStore& store) {
  std::vector<std::string> names;
  for (const std::string& root : folder_roots) {
    names.push_back(collection_of_root(root, store));
  }
  return names;
}

std::string move_root(const std::string& old_root, const std::string& new_root, IndexStore& store) {
  std::error_code ec;
  const std::string from = fs::weakly_canonical(fs::absolute(old_root), ec).string();
  const std::string name = collection_of_root(from, store);
  if (name.empty()) {
    throw Error(ExitCode::kUsage, "--move-root: no collection is the folder " + from,
                "the folder must be given as it was indexed");
  }
  const fs::path to = fs::canonical(new_root, ec);
  if (ec || !fs::is_directory(to)) {
    throw Error(ExitCode::kUsage, "--move-root: " + new_root + " is not a folder");
  }
  if (const std::string other = collection_of_root(to.string(), store);
      !other.empty() && other != name) {
    throw Error(ExitCode::kUsage,
                "--move-root: " + to.string() + " is already the collection " + other);
  }
  store.set_collection(name, to.string());
  return name;
}

}  // namespace news
