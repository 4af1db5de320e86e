// Facets and timelines over remote indexes (tcp://). xapian-tcpsrv runs only the match
// spies Xapian registers itself, so these counts come from Xapian::ValueCountMatchSpy on
// the single-valued slots: source, language and the day (for the year facet and the
// timeline). The entity facets (several names in one value) and counting by story (which
// needs each match's cluster) have no such spy: the searcher refuses them on remote indexes.
#pragma once

#include <xapian.h>

#include <memory>
#include <vector>

#include "counting_spy.hpp"

namespace news {

// Whether `request`'s facets and timeline can be counted on a remote index.
bool countable_remotely(const SearchRequest& request);

class RemoteCounts : public MatchCounts {
 public:
  // The spies `request` needs; add_to() puts them on the enquire, read() reads them after
  // the search (which must have looked at every match).
  explicit RemoteCounts(const SearchRequest& request);
  void add_to(Xapian::Enquire& enquire);
  void read();

  // Every match the spies saw.
  std::size_t articles() const { return m_articles; }
  std::size_t counted() const override { return m_articles; }
  const ValueCounts& counts(FacetField field) const override;
  const std::map<std::string, std::size_t>& days() const override { return m_days; }
  std::size_t undated() const override { return m_undated; }

 private:
  struct Counted {
    FacetField field;  // kYear: the day slot, also read for the timeline
    std::unique_ptr<Xapian::ValueCountMatchSpy> spy;
  };
  std::vector<Counted> m_spies;
  std::array<ValueCounts, 6> m_counts;  // by FacetField
  std::map<std::string, std::size_t> m_days;
  std::size_t m_articles = 0;
  std::size_t m_undated = 0;
};

}  // namespace news
