// What a search returns, as plain structs every writer reads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "article.hpp"

namespace news {

// Highlighted words in a snippet are wrapped in these bytes; writers turn them into
// terminal emphasis or drop them.
inline constexpr char kHighlightStart = '\x02';
inline constexpr char kHighlightEnd = '\x03';

// One index a search read, as it was: the same uuid and revision mean the same data, so a
// search run again at them gives the same results.
struct IndexRevision {
  std::string location;  // as given (--db), local paths made absolute (lexically normal)
  std::string uuid;      // Xapian's database UUID(s), "" when unknown
  std::optional<std::uint64_t> revision;  // commits so far; none for remote or sharded
};

// One value of a facet and the number of articles (or stories) of the match set with it.
struct FacetValue {
  std::string value;  // canonical display name, source, language code or year
  std::size_t count = 0;
};

// The top values of one facet over the whole match set, most frequent first (ties by value).
struct FacetCounts {
  std::string field;  // "person", "org", "place", "source", "lang", "year"
  std::vector<FacetValue> values;
  std::size_t other_values = 0;  // distinct values beyond the limit
};

// Matches in one period: "2025-10-29" (day), "2025-W44" (ISO week), "2025-10", "2025".
struct TimelinePeriodCount {
  std::string period;
  std::size_t count = 0;
};

// Matches per period from the first dated match to the last (empty periods included), and
// the undated ones: the counts add up to SearchHeader::counted.
struct Timeline {
  std::string period;  // "day", "week", "month", "year"; "" when no timeline was asked
  std::vector<TimelinePeriodCount> periods;
  std::size_t undated = 0;
};

struct SearchHeader {
  std::string query;                     // as the user typed it
  std::string parsed_query;              // Xapian's description of the query that ran
  std::size_t total = 0;                 // number of matching articles
  bool total_is_exact = true;            // false: `total` is Xapian's estimate
  bool best_match = false;               // ranked by best match: not every word had to match
  std::vector<std::string> notes;        // how the request was searched, when not as typed
  std::string suggestion;                // "did you mean": a request that finds more, or ""
  std::string corrected_query;           // the suggestion that ran instead (auto-correct), or ""
  std::vector<std::string> explanation;  // how the request was read, when asked for
  std::vector<IndexRevision> indexes;    // every index searched, at the revision read
  std::string searched_at;               // when the search ran: UTC, ISO 8601
  // Stories: matches counted once per near-duplicate cluster; exact when every match was
  // looked at (facets, timeline, exact total, a page not filled), else Xapian's estimate
  // when collapsing and `total` (an upper bound) when not.
  bool collapsed = false;  // results are one per story (SearchRequest::collapse)
  std::size_t stories = 0;
  bool stories_is_exact = true;
  // With facets or a timeline: what they count ("article" or "story") and how many that is
  // (`total` or `stories`, always exact), the facets in the order asked and the timeline.
  std::string count_by;
  std::size_t counted = 0;
  std::vector<FacetCounts> facets;
  Timeline timeline;
};

// Copies listed per result at most (copy_count has them all).
inline constexpr std::size_t kMaxCopiesListed = 100;

// A copy of a result's story that matched the request too (collapsed into the result).
struct ArticleCopy {
  std::string id;
  std::string title;
  std::optional<Timestamp> date;
  std::string source;
};

struct SearchResult {
  std::size_t rank = 0;  // 1-based, counting from the first result of the search
  double score = 0;      // BM25 weight
  Article article;       // stored fields (body included)
  std::string snippet;   // with kHighlightStart/kHighlightEnd around matched words
  // With collapsing: the other matching articles of the same story, oldest first (at most
  // kMaxCopiesListed), and how many there are in all.
  std::vector<ArticleCopy> copies;
  std::size_t copy_count = 0;
};

// The snippet without highlight markers.
std::string plain_snippet(const std::string& snippet);

// Makes Xapian's two estimates agree: it estimates the articles and the stories (collapsed
// matches) apart, a phrase's matches from the share of the candidates it checked, and can
// estimate more stories than articles. An exact count of the articles caps the stories;
// an estimate of fewer articles than stories is raised to them.
void reconcile_estimates(SearchHeader& header);

}  // namespace news
