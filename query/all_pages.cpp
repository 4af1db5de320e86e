#include "all_pages.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <queue>
#include <vector>

#include "fields.hpp"
#include "query_plan.hpp"

namespace news {
namespace {

constexpr Xapian::doccount kAllPageSize = 10000;
constexpr Xapian::doccount kLargestSetPageSize = 1000000;

// Whether `a` comes before `b` by relevance: weight, then the tie key, then Xapian's docid.
bool before(const PagedMatch& a, const PagedMatch& b) {
  if (a.weight != b.weight) {
    return a.weight > b.weight;
  }
  if (a.key != b.key) {
    return a.key < b.key;
  }
  return a.docid < b.docid;
}

// Sees every match of a pass and keeps the best `page` after `after`: a heap whose top is
// the worst kept, so memory is the page's whatever the number of matches.
class PageSpy : public Xapian::MatchSpy {
 public:
  PageSpy(const Xapian::Database& db, std::optional<PagedMatch> after, Xapian::doccount page)
      : m_db(db), m_indexes(db.size()), m_after(std::move(after)), m_page(page) {}

  void operator()(const Xapian::Document& doc, double weight) override {
    // Decided on the weight alone where it can: the tie key is read only for ties.
    if (m_after && weight > m_after->weight) {
      return;
    }
    const bool full = m_kept.size() >= m_page;
    if (full && weight < m_kept.top().weight) {
      return;
    }
    std::string key = doc.get_value(schema::slot::kOrder);
    PagedMatch m{weight, key, archive_docid(doc.get_docid(), key)};
    if ((m_after && !before(*m_after, m)) || (full && !before(m, m_kept.top()))) {
      return;
    }
    if (full) {
      m_kept.pop();
    }
    m_kept.push(std::move(m));
  }
  // Used within this process only (the searcher does not page by relevance remotely).
  std::string name() const override { return "news::PageSpy"; }

  // The kept matches, best first.
  std::vector<PagedMatch> take() {
    std::vector<PagedMatch> out;
    for (; !m_kept.empty(); m_kept.pop()) {
      out.push_back(m_kept.top());
    }
    std::reverse(out.begin(), out.end());
    return out;
  }

 private:
  struct Worse {
    bool operator()(const PagedMatch& a, const PagedMatch& b) const { return before(a, b); }
  };

  // A spy gets each document under its docid in its own index; over several indexes the
  // archive's docid (the last tie-break of the order, and what get_document takes) is the
  // one of the candidates (d - 1) * n + 1 + i whose tie key is the document's. An article
  // stored at the same place in two indexes has two: the matcher meets the indexes in
  // turn, so its k-th meeting is the k-th candidate.
  Xapian::docid archive_docid(Xapian::docid d, const std::string& key) {
    if (m_indexes <= 1) {
      return d;
    }
    std::vector<Xapian::docid> found;
    for (std::size_t i = 0; i < m_indexes; ++i) {
      const Xapian::docid candidate = Xapian::docid((d - 1) * m_indexes + 1 + i);
      try {
        if (m_db.get_document(candidate).get_value(schema::slot::kOrder) == key) {
          found.push_back(candidate);
        }
      } catch (const Xapian::DocNotFoundError&) {
      }
    }
    if (found.size() <= 1) {
      return found.empty() ? d : found.front();
    }
    std::size_t& met = m_met[std::to_string(d) + '\n' + key];
    return found[std::min(met++, found.size() - 1)];
  }

  const Xapian::Database& m_db;
  std::size_t m_indexes;
  std::optional<PagedMatch> m_after;
  Xapian::doccount m_page;
  std::priority_queue<PagedMatch, std::vector<PagedMatch>, Worse> m_kept;
  std::map<std::string, std::size_t> m_met;  // meetings of articles stored twice
};

// Accepts the articles whose order key is `key` or after (the composed oldest-first key,
// which no value range can select).
class KeyFrom : public Xapian::MatchDecider {
 public:
  KeyFrom(const OrderKey& order, std::string key) : m_order(order), m_key(std::move(key)) {}
  bool operator()(const Xapian::Document& doc) const override { return m_order(doc) >= m_key; }

 private:
  const OrderKey& m_order;
  std::string m_key;
};

}  // namespace

Xapian::doccount all_page_size() {
  const char* text = std::getenv("NEWSQUERY_ALL_PAGE_SIZE");
  if (text == nullptr || *text == '\0') {
    return kAllPageSize;
  }
  char* end = nullptr;
  const unsigned long size = std::strtoul(text, &end, 10);
  if (*end != '\0' || size == 0 || size > kLargestSetPageSize) {
    return kAllPageSize;
  }
  return Xapian::doccount(size);
}

bool pages_are_flat(SortOrder sort, bool remote) {
  return sort != SortOrder::kRelevance || !remote;
}

AllPages::AllPages(const Xapian::Database& db, PagedSearch search, Xapian::doccount page)
    : m_db(db), m_search(std::move(search)), m_page(page), m_key(m_search.sort, m_search.remote) {}

void AllPages::start_after(const Xapian::MSet& first, Xapian::doccount offset,
                           Xapian::Enquire& base) {
  m_first = first;
  for (auto it = first.begin(); it != first.end(); ++it) {
    note(it.get_document(), *it, it.get_weight());
  }
  if (m_search.sort != SortOrder::kRelevance && m_ties == first.size() && offset > 0) {
    m_ties += ties_before(base, offset);
  }
}

Xapian::doccount AllPages::ties_before(Xapian::Enquire& base, Xapian::doccount offset) const {
  // Only when the whole first page shares one key: the skipped results may share it too.
  // Costs what the first page cost (Xapian ranked the first `offset` results for it).
  const Xapian::MSet skipped = base.get_mset(0, offset);
  Xapian::doccount ties = 0;
  for (Xapian::doccount i = skipped.size(); i-- > 0;) {
    if (m_key(skipped[i].get_document()) != m_last->key) {
      break;
    }
    ++ties;
  }
  return ties;
}

void AllPages::note(const Xapian::Document& doc, Xapian::docid docid, double weight) {
  std::string key = m_key(doc);
  m_ties = m_last && m_last->key == key ? m_ties + 1 : 1;
  m_last = PagedMatch{weight, std::move(key), docid};
}

void AllPages::for_each(const PagedSink& sink) {
  if (!m_last) {
    return;
  }
  const bool by_relevance = m_search.sort == SortOrder::kRelevance;
  while (by_relevance ? relevance_page(sink) : sorted_page(sink)) {
  }
}

bool AllPages::relevance_page(const PagedSink& sink) {
  Xapian::Enquire enquire(m_db);
  enquire.set_query(m_search.query);
  enquire.set_weighting_scheme(ranking_weight());
  if (m_search.time_limit > 0) {
    enquire.set_time_limit(m_search.time_limit);
  }
  PageSpy spy(m_db, m_last, m_page);
  enquire.add_matchspy(&spy);
  // No result is kept by Xapian: the spy sees every match and keeps the page.
  enquire.get_mset(0, 0, m_db.get_doccount());
  const std::vector<PagedMatch> page = spy.take();
  for (const PagedMatch& m : page) {
    const Xapian::Document doc = m_db.get_document(m.docid);
    sink(m_first, doc, m.weight);
    m_last = m;
  }
  return page.size() == m_page;
}

bool AllPages::sorted_page(const PagedSink& sink) {
  Xapian::Query query = m_search.query;
  const std::optional<Xapian::valueno> slot = m_key.slot();
  // An empty key (undated, oldest first on a remote index) comes first: nothing to skip by
  // value, the results so far are all ties.
  if (slot && !m_last->key.empty()) {
    query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                          Xapian::Query(Xapian::Query::OP_VALUE_GE, *slot, m_last->key));
  }
  Xapian::Enquire enquire(m_db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(ranking_weight());
  const std::unique_ptr<Xapian::KeyMaker> order =
      set_result_order(enquire, m_search.sort, m_search.remote);
  if (m_search.time_limit > 0) {
    enquire.set_time_limit(m_search.time_limit);
  }
  KeyFrom from(m_key, m_last->key);
  const Xapian::MSet mset = enquire.get_mset(m_ties, m_page, 0, nullptr, slot ? nullptr : &from);
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const Xapian::Document doc = it.get_document();
    sink(mset, doc, it.get_weight());
    note(doc, *it, it.get_weight());
  }
  return mset.size() == m_page;
}

}  // namespace news
