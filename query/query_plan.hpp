// From a request to the Xapian query that answers it: the request read (request_reading),
// parsed once per language of the index, filters added, all words or best match decided,
// and a best-match query expanded with terms of its top results.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "request_reading.hpp"
#include "search_request.hpp"

namespace news {

// Ranking: BM25 with these parameters (tuned on the ir-test collections; see
// docs/benchmarks.md).
const Xapian::Weight& ranking_weight();

struct QueryPlan {
  ReadRequest read;
  std::vector<std::string> languages;  // the query was parsed for these
  Xapian::Query words;                 // the request's words alone, as ranked
  Xapian::Query query;                 // with filters: what runs
  bool best_match = false;
  std::vector<std::string> notes;
  std::vector<std::string> expansion;  // terms added from the top results
};

// Plans `request` over `db`. Throws Error(kUsage) for a request that cannot be parsed or a
// bad filter. A request that Xapian cannot parse is searched as plain words, with a note.
QueryPlan plan_query(const Xapian::Database& db, const SearchRequest& request);

// The filters of a request (persons, language, dates) applied to `query`.
Xapian::Query with_filters(Xapian::Query query, const SearchRequest& request);

}  // namespace news
