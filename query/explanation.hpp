// --explain: how a request was read, as lines of text (also given in JSON).
#pragma once

#include <string>
#include <vector>

#include "query_plan.hpp"
#include "search_request.hpp"

namespace news {

// Words, stems, folded forms, stop words, fields, filters and ranges, the reading (all
// words or best match, and why), expansion terms and the Xapian query that ran.
std::vector<std::string> explain(const QueryPlan& plan, const SearchRequest& request);

}  // namespace news
