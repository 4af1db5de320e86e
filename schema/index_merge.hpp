// Several indexes merged into one new index folder (newsindex --merge): Xapian's Compactor
// over all of them at once, written beside the target and moved into place only when whole.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace news::schema {

// Merges the indexes `sources` (index folders or stub files, each opened for search: a
// source of another schema version or a damaged one is refused) into a new index folder
// `out`: stub and generation gen-1 as index_layout.hpp describes, table sizes recorded.
// Documents are renumbered source after source. Metadata keys set in several sources are
// decided by `compactor` (resolve_duplicate_metadata). `finish` then gets the merged
// index open for writing (holding its lock) and may change it; it is committed. The
// result appears at `out` only when all of this succeeded. Refuses an existing `out`.
// Returns the size of the merged index in bytes. Throws Error(kDatabase).
std::uintmax_t merge_indexes(const std::vector<std::string>& sources, const std::string& out,
                             Xapian::Compactor& compactor,
                             const std::function<void(Xapian::WritableDatabase&)>& finish);

}  // namespace news::schema
