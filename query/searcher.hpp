// Runs one search request over an open archive and streams its results. One Searcher per
// request and thread; SearchEngine is the entry point that owns archives.
#pragma once

#include <xapian.h>

#include <functional>
#include <map>
#include <memory>

#include "column_counts.hpp"
#include "counting_spy.hpp"
#include "query_plan.hpp"
#include "remote_counts.hpp"
#include "result_order.hpp"
#include "search_request.hpp"

namespace news {

using ResultSink = std::function<void(const SearchResult&)>;

class Searcher {
 public:
  // Plans the request (see query_plan.hpp). Throws Error(kUsage) for a bad request.
  // `remote`: the database includes a remote one, which sorts by a value slot only.
  // `columns`: the facet columns of `db` (its one local index) when they are current; the
  // counting pass then reads them instead of value slots.
  Searcher(const Xapian::Database& db, const SearchRequest& request, bool remote = false,
           const CountingColumns* columns = nullptr);

  // Runs the search and fetches the first page; the header carries the number of matches
  // (exact when asked for and up to 100 matches, else Xapian's estimate), notes, the
  // spelling suggestion and, when asked for, the explanation.
  SearchHeader run();

  // Calls sink for each result of the requested page (or all of them), in order, fetching
  // them in pages (all_pages.hpp) so memory stays flat. run() must have been called.
  void for_each_result(const ResultSink& sink);

  const QueryPlan& plan() const { return m_plan; }
  // How the counting pass counted ("facet columns", "value slots"), for --explain; "" when
  // there was none.
  const std::string& counted_from() const { return m_counted_from; }

 private:
  // Adds the counting spy (Xapian's value-count spies on a remote index) when facets or a
  // timeline are asked for. Returns the check-at-least count the ranked pass needs: every
  // match on a remote index; locally, counting every match is a pass of its own.
  Xapian::doccount add_counting();
  // Runs the query once over every match for the spy (facets, timeline, --count).
  void count_every_match();
  // The same over the facet columns; false when they are damaged.
  bool count_from_columns();
  void fill_totals(SearchHeader& header) const;
  void fill_counts(SearchHeader& header) const;
  // Later pages of --all in pages that grow (where AllPages cannot page in flat memory),
  // after `rank` results.
  void for_each_growing(const ResultSink& sink, std::size_t rank);
  // Sends the results of `mset` (a page of this search) to sink, ranked after `rank`
  // (advanced), with their copies when collapsing (found for the whole page at once).
  void emit_page(const Xapian::MSet& mset, const ResultSink& sink, std::size_t& rank);
  // The result of `doc` without its copies, its snippet taken from `mset` (one of this search's
  // match sets).
  SearchResult make_result(const Xapian::MSet& mset, const Xapian::Document& doc, std::size_t rank,
                           double weight);
  const Xapian::Stem& stemmer_for(const std::string& language);
  Xapian::doccount first_page_size() const;

  const Xapian::Database& m_db;
  SearchRequest m_request;
  QueryPlan m_plan;
  std::unique_ptr<Xapian::Enquire> m_enquire;
  std::unique_ptr<Xapian::KeyMaker> m_sort_key;
  const CountingColumns* m_columns = nullptr;
  std::unique_ptr<CountingSpy> m_spy;
  std::unique_ptr<ColumnCounts> m_column_counts;
  const LocalCounts* m_local_counts = nullptr;  // m_spy or m_column_counts
  std::string m_counted_from;
  std::unique_ptr<RemoteCounts> m_remote_counts;  // facets and timelines on remote indexes
  Xapian::MSet m_first_page;
  Xapian::doccount m_check = 0;                    // the first page's check-at-least
  std::map<std::string, Xapian::Stem> m_stemmers;  // for snippets, per article language
  bool m_remote = false;
};

}  // namespace news
