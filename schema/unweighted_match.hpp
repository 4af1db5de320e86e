// Matching without weights, safe on every index.
//
// Xapian 1.4.22 throws DatabaseCorruptError ("Unexpected end of posting list") when a query
// whose matches all weigh nothing (counted with BoolWeight, or made of boolean filters only,
// such as `datesource:none`) is run to its last match in a database whose document ids
// have gaps and whose posting lists span several chunks. Every shard of an index written by
// several writers has such gaps, and so has any index after deletions. The database is
// sound (xapian-check finds nothing, posting iterators read every posting); the same query
// under OP_FILTER on MatchAll is matched another way and counts right.
#pragma once

#include <xapian.h>

namespace news::schema {

/// The same matches, weighing nothing, matched the way that does not fail.
Xapian::Query unweighted(const Xapian::Query& query);

/// True when no match of `query` can weigh anything under `weight` (only filters).
bool weighs_nothing(const Xapian::Database& db, const Xapian::Query& query,
                    const Xapian::Weight& weight);

/// `query` as it can be matched to its end: wrapped by unweighted() when it weighs
/// nothing, else unchanged (ranking kept).
Xapian::Query matchable(const Xapian::Database& db, const Xapian::Query& query,
                        const Xapian::Weight& weight);

/// The exact number of documents matching `query`.
Xapian::doccount count_matches(const Xapian::Database& db, const Xapian::Query& query);

}  // namespace news::schema
