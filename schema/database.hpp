// Opening indexes: the schema-version check, damage detection, compaction, and Xapian
// exceptions turned into news::Error with a hint the user can act on. The folder layout
// (a stub naming the current generation) is described in index_layout.hpp.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "error.hpp"

namespace news::schema {

// The index directory: `$NEWSINDEX_DB` if set, else "./newsindex.db".
std::string default_database_dir();

// Opens an index to search. Throws Error(kDatabase) when there is no index at `dir`, when it
// cannot be read, has a table shorter than when it was last written (damage), or was
// written with another schema version. Damage met later while searching comes as a
// Xapian exception: database_error() words it.
Xapian::Database open_for_search(const std::string& dir);

// The same, one Database per shard of the index (one for an index of one database or a
// stub file given as such), e.g. for each shard's revision.
std::vector<Xapian::Database> open_shards_for_search(const std::string& dir);

// Throws Error(kDatabase) with a re-index hint when `db` (called `name` in the message) was
// not written with this program's schema version.
void check_schema_version(const Xapian::Database& db, const std::string& name);

// Opens a remote index served by xapian-tcpsrv at HOST:PORT. Throws Error(kDatabase).
Xapian::Database open_remote_for_search(const std::string& host, unsigned port);

// Creates or opens an index to write, taking its lock; stamps a new index with the schema
// version and refuses one of another version, or a damaged one (table sizes, and a few
// reads of every table). Removes what a crashed compaction left behind. Refuses a regular
// file at `dir`. Throws Error(kDatabase).
// An index of several shards comes as one writable view over all of them (for one
// thread only: Xapian objects are not thread-safe).
Xapian::WritableDatabase open_for_writing(const std::string& dir);

// The same, one WritableDatabase per shard (shard k of the combined view is element k),
// so that each can be handed to a writer thread of its own. A new index gets
// `shard_count` shards; an existing one keeps the shards it has.
std::vector<Xapian::WritableDatabase> open_shards_for_writing(const std::string& dir,
                                                              std::size_t shard_count);

// Rewrites the index at `dir` compactly (Xapian's Compactor) into a new generation and
// switches to it atomically, while `db` (opened by open_for_writing, so holding the write
// lock) stays open: no other writer can change the index meanwhile. The old generation is
// removed only after the switch. Returns the sizes in bytes before and after.
// Throws Error(kDatabase).
std::pair<std::uintmax_t, std::uintmax_t> compact_index(const std::string& dir,
                                                        Xapian::WritableDatabase& db);

// Commits, translating Xapian failures (disk full, lost lock) into Error(kDatabase), and
// records the table sizes that later opens check the files against.
void commit(Xapian::WritableDatabase& db, const std::string& dir);

// The same for shard `index` of the index at `dir` alone (on the shard's writer thread).
void commit_shard(Xapian::WritableDatabase& shard, const std::string& dir, std::size_t index);

// newsindex --check: Xapian's consistency check of every table, and the table sizes.
// Writes what it finds to `report`; returns true when the index is whole.
// Throws Error(kDatabase) when there is no index at `dir`.
bool check_index(const std::string& dir, std::ostream& report);

// A Xapian exception met while using the index at `dir`, as the error to report: damage
// (a corrupt or short table) names `newsindex --check` and how to rebuild.
Error database_error(const Xapian::Error& e, const std::string& dir);

}  // namespace news::schema
