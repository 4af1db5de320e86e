// newsquery --batch: every request of the batch file answered, one row each, on `out`.
#pragma once

#include <ostream>

#include "options.hpp"
#include "search_engine.hpp"

namespace news {

// Runs every line of `options.batch` with the filters and sort of `options.request` and
// writes the rows in `options.format`. A line that cannot run is named on stderr as
// "newsquery: FILE:LINE: reason" (and given as a row with its error); the others still
// run. Returns 4 when a line failed, else 0 when some request matched, 1 when none did.
// Throws Error for an unreadable file or a database error.
int run_batch(const QueryOptions& options, SearchEngine& engine, std::ostream& out);

}  // namespace news
