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
};

struct SearchResult {
  std::size_t rank = 0;  // 1-based, counting from the first result of the search
  double score = 0;      // BM25 weight
  Article article;       // stored fields (body included)
  std::string snippet;   // with kHighlightStart/kHighlightEnd around matched words
};

// The snippet without highlight markers.
std::string plain_snippet(const std::string& snippet);

}  // namespace news
