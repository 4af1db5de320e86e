// A search as a page's URL carries it (?q=...&person=...&sort=newest&offset=20), both
// ways: parameters -> SearchRequest, and SearchRequest -> the query string of a link.
// The same parameters drive the page, /api/search and the exports.
#pragma once

#include <cstddef>
#include <map>
#include <string>

#include "search_request.hpp"

namespace news::web {

using Params = std::multimap<std::string, std::string>;

// Bounds on what one HTTP request may ask for.
inline constexpr std::size_t kMaxQueryBytes = 1024;  // q
inline constexpr std::size_t kMaxFilterBytes = 256;  // each person, date, language
inline constexpr std::size_t kMaxFilters = 16;       // person parameters
inline constexpr std::size_t kMaxApiLimit = 1000;    // results per /api/search answer
inline constexpr std::size_t kPageLimit = 20;        // results per page on the page
inline constexpr std::size_t kMaxOffset = 100000;    // deepest result a page starts at
inline constexpr double kSearchSeconds = 5.0;        // per Xapian match (set_time_limit)

// The request the parameters describe: q, person (repeatable), since, until, lang, sort
// (relevance, newest, oldest), offset, limit (1 to `max_limit`, default `default_limit`);
// and what to count, as newsquery's options of the same names say: facets (a comma list),
// facet_limit, timeline, count_by, collapse (0 for --no-collapse).
// Unknown parameters are ignored. Throws Error(kUsage) with a one-line reason for a value
// that is too long, not a number, out of range or not one of the words above. The request
// is not validated further (an empty one is the page's empty form).
SearchRequest request_from_params(const Params& params, std::size_t default_limit,
                                  std::size_t max_limit);

// The query string ("q=oil&sort=newest") of `request`'s search, filters, sort and offset
// (not its limit), for links to the same search, to other pages of it and to exports.
std::string query_string(const SearchRequest& request);

// True when the request searches for something (words or a filter).
bool has_search(const SearchRequest& request);

}  // namespace news::web
