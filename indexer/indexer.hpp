// The two jobs of newsindex: indexing inputs into the database, and --extract.
#pragma once

#include "options.hpp"
#include "run_summary.hpp"

namespace news {

// Indexes the inputs: new and changed files are read (in parallel) and written, unchanged
// ones skipped by size/mtime or content hash, vanished ones deleted. Commits in batches;
// on SIGINT/SIGTERM commits what is done and stops. Throws Error(kDatabase).
RunSummary run_indexing(const IndexerOptions& options);

// newsindex --check: Xapian's check of the index; prints what it finds. Returns 0 when the
// index is whole; throws Error(kDatabase) when it is damaged (with how to rebuild).
int run_check(const IndexerOptions& options);
// --entities and --aliases without inputs: applies the alias file (re-linking the index's
// articles) and lists the catalogue. Throws Error(kDatabase, kUsage, kInput).
void run_catalogue(const IndexerOptions& options);

// After the last commit of a run that changed the index at `dir` (under its write lock, or
// on an index no one else writes yet): writes its facet columns unless they describe it
// already. A failure is a note on stderr, not an error: the index is whole, and newsquery
// counts from the value slots without the file.
void refresh_facet_columns(const std::string& dir);

// Prints one JSON line per article of the inputs, as it would be indexed. Returns the
// number of files that could not be read.
std::size_t run_extraction(const IndexerOptions& options);

}  // namespace news
