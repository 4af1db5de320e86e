// The copies collapsed into a page's results: the other matching articles of each story.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <vector>

#include "search_result.hpp"

namespace news {

// One result of a page: its document id in the searched database, its document and, when
// the search collapsed on the cluster, its collapse key (the cluster id: not read again).
struct PageEntry {
  Xapian::docid id = 0;
  Xapian::Document doc;
  std::string cluster;  // "": read from the document
};

// The copies of one result: the other articles of its near-duplicate cluster that match
// the query, oldest first (undated last, ties by id), at most the number asked for, and
// how many there are in all.
struct StoryCopies {
  std::vector<ArticleCopy> listed;
  std::size_t count = 0;
};

// The copies of every result of `page` (in its order), at most `listed` listed each. One
// posting-list lookup per result tells the stories without other copies; the others are
// found by one search for the whole page, the query filtered to their cluster terms (one
// search per result re-read the query's posting lists for each). A story with more
// matching copies than `listed` is ordered by the tie-breaking value alone; only the
// copies listed have their stored data read (schema::decode_heading).
std::vector<StoryCopies> find_copies(const Xapian::Database& db, const Xapian::Query& query,
                                     const std::vector<PageEntry>& page, std::size_t listed);

}  // namespace news
