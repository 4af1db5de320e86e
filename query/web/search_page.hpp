// The search page: the form, then (for a search) its totals, notes and "did you mean", the
// results with highlighted snippets, dates, sources and entities, paging and exports.
// Everything is plain HTML: it works with JavaScript off.
#pragma once

#include <string>

#include "search_request.hpp"

namespace news::web {

// Copies listed under a result ("Also as: ..."); the others are counted (so the page asks
// a search for only these: SearchRequest::copies_listed).
inline constexpr std::size_t kCopiesPerResult = 3;

struct SearchPageView {
  SearchRequest request;                     // the search as the URL gave it
  const SearchResponse* response = nullptr;  // its answer; null: the empty form, or an error
  std::string error, hint;                   // why the request could not be answered
  std::string aside_html;                    // filters and timeline beside the results, or ""
};

// The whole page.
std::string search_page(const SearchPageView& view);

// The markup of one result (an <li>): title linking to its article page, date, source,
// byline, snippet, entities linking to their searches.
std::string result_html(const SearchResult& result);

// Links to the searches for an article's persons, organisations and places (at most
// `max_each` of each kind).
std::string entity_links(const Article& article, std::size_t max_each);

}  // namespace news::web
