// The results of an --all export after its first page, in pages of a fixed size: each page
// is one pass over the match set that keeps only the best `page` results after the last one
// emitted, so memory stays the same whatever the number of matches (Xapian holds the
// ranking state of every result up to the end of the page it is asked for: offsets alone
// would grow with the export). By date, a value range on the sort key (or a match decider
// for the composed oldest-first key) skips the results already emitted; by relevance, a
// match spy keeps the best results after the last (weight, tie key, docid).
#pragma once

#include <xapian.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "result_order.hpp"
#include "search_request.hpp"

namespace news {

// One result as a page gives it: the match set to take its snippet from, the article, its
// weight.
using PagedSink =
    std::function<void(const Xapian::MSet& mset, const Xapian::Document& doc, double weight)>;

// Results per page: 10,000, or the environment's NEWSQUERY_ALL_PAGE_SIZE (1 to 1,000,000),
// there for tests only, so that pages end inside a small corpus.
Xapian::doccount all_page_size();

// Whether pages can stream `sort` in flat memory: not by relevance over a remote index (a
// remote server runs no custom match spy, and no query selects by weight).
bool pages_are_flat(SortOrder sort, bool remote);

// One result by its place in the relevance order.
struct PagedMatch {
  double weight = 0;
  std::string key;  // slot::kOrder, breaking ties of weight
  Xapian::docid docid = 0;
};

// What the pages search: the query with its ordering and time limit per pass.
struct PagedSearch {
  Xapian::Query query;
  SortOrder sort = SortOrder::kRelevance;
  bool remote = false;
  double time_limit = 0;
};

class AllPages {
 public:
  // `db` must outlive this object.
  AllPages(const Xapian::Database& db, PagedSearch search, Xapian::doccount page);

  // Takes the results already emitted: `first` holds the results from `offset` on, found by
  // `base` (which may look at the first `offset` ones when they tie with the page's end).
  void start_after(const Xapian::MSet& first, Xapian::doccount offset, Xapian::Enquire& base);

  // Gives every later result to `sink`, in order, a page at a time.
  void for_each(const PagedSink& sink);

 private:
  // Each emits one page and returns whether another may follow.
  bool relevance_page(const PagedSink& sink);
  bool sorted_page(const PagedSink& sink);
  void note(const Xapian::Document& doc, Xapian::docid docid, double weight);
  Xapian::doccount ties_before(Xapian::Enquire& base, Xapian::doccount offset) const;

  const Xapian::Database& m_db;
  PagedSearch m_search;
  Xapian::doccount m_page;
  OrderKey m_key;
  Xapian::MSet m_first;  // snippets of relevance pages are taken from it
  std::optional<PagedMatch> m_last;
  // Results so far (from the first of the match set) whose key is the last one's: by date,
  // how many of the matches from that key on a page skips.
  Xapian::doccount m_ties = 0;
};

}  // namespace news
