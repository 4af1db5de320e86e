// Opening indexes: the schema-version check, and Xapian exceptions turned into news::Error
// with a hint the user can act on.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>
#include <utility>

namespace news::schema {

// The index directory: `$NEWSINDEX_DB` if set, else "./newsindex.db".
std::string default_database_dir();

// Opens an index to search. Throws Error(kDatabase) when there is no index at `dir`, when it
// cannot be read, or when it was written with another schema version.
Xapian::Database open_for_search(const std::string& dir);

// Throws Error(kDatabase) with a re-index hint when `db` (called `name` in the message) was
// not written with this program's schema version.
void check_schema_version(const Xapian::Database& db, const std::string& name);

// Opens a remote index served by xapian-tcpsrv at HOST:PORT. Throws Error(kDatabase).
Xapian::Database open_remote_for_search(const std::string& host, unsigned port);

// Creates or opens an index to write, taking its lock; stamps a new index with the schema
// version and refuses one of another version. Throws Error(kDatabase).
Xapian::WritableDatabase open_for_writing(const std::string& dir);

// Rewrites the index at `dir` compactly (Xapian's Compactor: full blocks, no free space),
// then swaps it in; returns the sizes in bytes before and after. Needs the index unlocked.
// Throws Error(kDatabase).
std::pair<std::uintmax_t, std::uintmax_t> compact_index(const std::string& dir);

// Commits, translating Xapian failures (disk full, lost lock) into Error(kDatabase).
void commit(Xapian::WritableDatabase& db);

}  // namespace news::schema
