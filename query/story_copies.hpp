// The copies collapsed into a result: the other matching articles of its story.
#pragma once

#include <xapian.h>

#include "search_result.hpp"

namespace news {

// Fills result.copies (oldest first, undated last, at most kMaxCopiesListed) and
// result.copy_count with the other articles of `doc`'s near-duplicate cluster that match
// `query`. One posting-list lookup when the story has no other copy; else one small
// search filtered to the cluster's term. result.article.id tells the result from its
// copies: decode the article first.
void find_copies(const Xapian::Database& db, const Xapian::Query& query,
                 const Xapian::Document& doc, SearchResult& result);

}  // namespace news
