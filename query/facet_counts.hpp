// Facets and the timeline of a search, from what the counting spy (or, on remote indexes,
// Xapian's value-count spies) saw.
#pragma once

#include <xapian.h>

#include <vector>

#include "counting_spy.hpp"
#include "search_request.hpp"

namespace news {

// The requested facets, in the order asked: the top `facet_limit` values by count (ties by
// value), entity facets under their canonical display names.
std::vector<FacetCounts> facet_counts(const MatchCounts& spy, const Xapian::Database& db,
                                      const SearchRequest& request);

// The top `limit` of `counts` (count descending, then value), and how many were left out.
FacetCounts top_values(const ValueCounts& counts, std::size_t limit);

}  // namespace news
