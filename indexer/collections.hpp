// Collections: every folder indexed is a named collection, and article ids start with its
// name ("world-news/2024/x.txt"), so two folders holding the same relative path never
// share an id. The name stays when the folder moves: the collection is re-attached to the
// new folder (--move-root, --collection, or by the stamps of its files) without re-reading.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "index_store.hpp"
#include "scanner.hpp"

namespace news {

// Gives every scanned file (and folder input) its collection and its id, creating or
// re-attaching collections in `store`. `requested` is --collection (may be empty: the
// folder's name, made unique). Throws Error(kUsage) when `requested` names another
// folder that still exists, or is given with several folder inputs, or contains '/'.
void assign_collections(ScanResult& scan, const std::string& requested, IndexStore& store);
// The same for a walk not yet begun: its file inputs now, the files under its folder inputs
// as the walk gives them. A folder input not yet known is walked once more here when a
// collection's folder is gone (is it that folder, moved?).
void assign_collections(Scanner& scan, const std::string& requested, IndexStore& store);

// The collection of each folder root in `folder_roots`, in the same order (after
// assign_collections).
std::vector<std::string> folder_collections(const std::vector<std::string>& folder_roots,
                                            const IndexStore& store);

// Re-attaches the collection of folder `old_root` (which may no longer exist) to
// `new_root`; returns its name. Throws Error(kUsage) when no collection has `old_root`.
std::string move_root(const std::string& old_root, const std::string& new_root, IndexStore& store);

}  // namespace news
