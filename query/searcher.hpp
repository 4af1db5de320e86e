// Runs a search request over the index and streams its results.
#pragma once

#include <xapian.h>

#include <functional>
#include <map>
#include <memory>

#include "options.hpp"
#include "search_result.hpp"

namespace news {

class Searcher {
 public:
  // Opens the index and parses the query. Throws Error(kDatabase) for a missing or
  // unreadable index and Error(kUsage) for a bad filter. A query that does not parse is
  // searched leniently, with `note()` saying so.
  explicit Searcher(const QueryOptions& options);

  // Runs the search and fetches the first page; the header carries the number of matches
  // (exact for --count and for up to 100 matches, else Xapian's estimate).
  SearchHeader run();

  // Calls sink for each result of the requested page (or all of them), in order, fetching
  // them in pages so memory stays flat. run() must have been called.
  void for_each_result(const std::function<void(const SearchResult&)>& sink);

  // Non-empty when the query was searched leniently: why.
  const std::string& note() const { return m_note; }

 private:
  Xapian::Query parse(const std::string& text);
  Xapian::Query parse_for_languages(const std::string& text, unsigned flags) const;
  Xapian::Query with_filters(Xapian::Query query) const;
  void set_order(Xapian::Enquire& enquire);
  SearchResult make_result(const Xapian::MSet& mset, const Xapian::MSetIterator& it);
  const Xapian::Stem& stemmer_for(const std::string& language);
  Xapian::doccount first_page_size() const;

  QueryOptions m_options;
  Xapian::Database m_db;
  Xapian::Query m_query;
  std::unique_ptr<Xapian::Enquire> m_enquire;
  std::unique_ptr<Xapian::KeyMaker> m_sort_key;
  Xapian::MSet m_first_page;
  std::map<std::string, Xapian::Stem> m_stemmers;  // for snippets, per article language
  std::string m_note;
};

}  // namespace news
