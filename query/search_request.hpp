// A search request and what answers it: the search library's interface, shared by the
// command line and any other front end. Nothing here knows about the command line.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "search_result.hpp"

namespace news {

enum class SortOrder { kRelevance, kNewest, kOldest };

struct SearchRequest {
  std::string query;                 // as typed; see docs/query-language.md
  std::vector<std::string> persons;  // all must be named in the article
  std::string since, until;          // partial dates (YYYY[-MM[-DD]]), inclusive; "" open
  std::string language;              // ISO 639-1: only articles in it, stemmed for it
  SortOrder sort = SortOrder::kRelevance;
  std::size_t offset = 0;     // results skipped
  std::size_t limit = 10;     // results returned (a page)
  bool all = false;           // every result from `offset` on, fetched in pages
  bool exact_total = false;   // count every match, not an estimate above 100
  bool auto_correct = false;  // run the spelling suggestion when the request finds little
  bool explain = false;       // fill SearchHeader::explanation
  // Seconds each Xapian match may take (Enquire::set_time_limit; 0: no limit). A match
  // cut short returns the best results found so far, with an estimated total: what a
  // long-running server needs so that one costly request cannot hold a thread.
  double time_limit = 0;
};

// Largest page a request may ask for (--all streams instead).
inline constexpr std::size_t kMaxLimit = 100000;

// Throws Error(kUsage) with a one-line reason for a request that cannot be answered: a
// malformed date, `since` after `until`, a limit of 0 or above kMaxLimit, an empty request.
void validate_request(const SearchRequest& request);

// A page of results and what the search says about them.
struct SearchResponse {
  SearchHeader header;
  std::vector<SearchResult> results;
};

}  // namespace news
