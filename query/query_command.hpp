// newsquery's job: search, then write the results where and how the user asked.
#pragma once

#include "options.hpp"

namespace news {

// Runs the search and writes its results; returns the exit status (0 matches, 1 none).
// Throws Error for usage and database errors.
int run_query(const QueryOptions& options);

}  // namespace news
