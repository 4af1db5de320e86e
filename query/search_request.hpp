// A search request and what answers it: the search library's interface, shared by the
// command line and any other front end. Nothing here knows about the command line.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "search_result.hpp"

namespace news {

enum class SortOrder { kRelevance, kNewest, kOldest };

// What a facet counts: canonical entity names, the source, the language or the year.
enum class FacetField { kPerson, kOrg, kPlace, kSource, kLanguage, kYear };

// The period a timeline counts by; kNone: no timeline.
enum class TimelinePeriod { kNone, kDay, kWeek, kMonth, kYear };

// What facets and timelines count: every matching article, or each story (a near-duplicate
// cluster) once.
enum class CountBy { kArticle, kStory };

// Names as the command line and the JSON output spell them ("person", "month", "story"),
// and back (nullopt for an unknown name).
std::string_view facet_field_name(FacetField field);
std::optional<FacetField> facet_field_from_name(std::string_view name);
std::string_view timeline_period_name(TimelinePeriod period);
std::optional<TimelinePeriod> timeline_period_from_name(std::string_view name);
std::string_view count_by_name(CountBy count_by);
std::optional<CountBy> count_by_from_name(std::string_view name);

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
  // Counts over the whole match set (not the page), in SearchHeader::facets and ::timeline.
  // Either one makes the search look at every match (see docs/facets.md for the cost).
  std::vector<FacetField> facets;  // each at most once, in the order they are shown
  std::size_t facet_limit = 10;    // top values per facet
  TimelinePeriod timeline = TimelinePeriod::kNone;
  CountBy count_by = CountBy::kArticle;
  // One hit per story: copies of a result (same near-duplicate cluster) that match too are
  // listed in SearchResult::copies instead of being results of their own.
  bool collapse = true;
  // Copies listed per result when collapsing (SearchResult::copy_count counts them all):
  // only the listed copies have their stored data read.
  std::size_t copies_listed = kMaxCopiesListed;
  // Seconds each Xapian match may take (Enquire::set_time_limit; 0: no limit). A match
  // cut short returns the best results found so far, with an estimated total: what a
  // long-running server needs so that one costly request cannot hold a thread.
  double time_limit = 0;
};

// Largest page a request may ask for (--all streams instead).
inline constexpr std::size_t kMaxLimit = 100000;
// Largest number of values a facet may list.
inline constexpr std::size_t kMaxFacetLimit = 10000;

// Throws Error(kUsage) with a one-line reason for a request that cannot be answered: a
// malformed date, `since` after `until`, a limit of 0 or above kMaxLimit, an empty request,
// a facet asked twice, a facet limit of 0 or above kMaxFacetLimit.
void validate_request(const SearchRequest& request);

// A page of results and what the search says about them; facet counts and the timeline
// are in the header (they are known before the first result streams).
struct SearchResponse {
  SearchHeader header;
  std::vector<SearchResult> results;
};

}  // namespace news
