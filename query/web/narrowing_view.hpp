// Beside the results: each facet's top values as links that narrow the search (persons,
// organisations, places, sources, languages, years), and the timeline as an inline SVG
// bar chart whose bars are links narrowing the date range. Plain links: no script needed.
#pragma once

#include <string>

#include "search_request.hpp"

namespace news::web {

// Values shown per facet.
inline constexpr std::size_t kFacetValuesShown = 8;

// Asks `request` for what the page shows beside the results: every facet, and a timeline
// by month (shown by year when it spans more than three years).
void ask_for_narrowing(SearchRequest& request);

// `request` narrowed to articles with `value` in facet `field` ("person", "org", "place",
// "source", "lang", "year"), from its first page.
SearchRequest narrowed(const SearchRequest& request, const std::string& field,
                       const std::string& value);

// The facets and the timeline of `header` as HTML ("" when it has neither).
std::string narrowing_html(const SearchRequest& request, const SearchHeader& header);

}  // namespace news::web
