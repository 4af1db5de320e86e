// Facets, timelines and exact counts from the facet columns (schema/facet_columns.hpp): the
// counting pass collects only the matching document ids, and each is counted with arrays
// indexed by entity, source, language, day and story, not with maps of strings. The counts
// are the CountingSpy's, value for value, in the same order of matches.
#pragma once

#include <xapian.h>

#include <memory>
#include <vector>

#include "counting_spy.hpp"
#include "facet_columns.hpp"

namespace news {

// The columns of the one local index an archive reads, with its shards at the revisions
// the columns describe.
struct CountingColumns {
  std::shared_ptr<const schema::FacetColumns> columns;
  std::vector<Xapian::Database> shards;
};

class ColumnCounts : public LocalCounts {
 public:
  // As CountingSpy(facets, days, count_by).
  ColumnCounts(const schema::FacetColumns& columns, const std::vector<FacetField>& facets,
               bool days, CountBy count_by);

  // Counts the match `did` (a document id of the whole index). Matches must come in the
  // order a search of the whole index meets them (shard after shard, each in id order).
  void add(Xapian::docid did);
  // add() for each of `dids`, their rows loaded ahead.
  void add_all(const std::vector<Xapian::docid>& dids);
  // Turns the arrays into the counts below; once, after the last add().
  void finish();
  // True when a match had no row or a value out of the tables (a damaged file): the
  // counts are wrong and must be taken from the value slots.
  bool damaged() const { return m_damaged; }

  std::size_t articles() const override { return m_articles; }
  std::size_t stories() const override { return m_stories; }
  std::size_t counted() const override { return m_counted; }
  const ValueCounts& counts(FacetField field) const override;
  const std::map<std::string, std::size_t>& days() const override { return m_days; }
  std::size_t undated() const override { return m_undated; }

 private:
  void add_entities(Xapian::docid did);
  // Counts value `v` of a table of `size` values (kNone: none) in `into` when wanted.
  void add_value(std::vector<std::uint32_t>& into, std::uint32_t v, std::size_t size);

  const schema::FacetColumns& m_columns;
  std::vector<FacetField> m_facets;
  bool m_want_days = false;
  bool m_by_story = false;
  bool m_damaged = false;
  std::vector<std::uint64_t> m_seen_stories;  // a bit per cluster
  // Counts per table index; empty when not wanted.
  std::vector<std::uint32_t> m_entity, m_source, m_language, m_day;
  std::array<int, 3> m_entity_facet{};  // P, O, L -> FacetField or -1
  std::array<char, 3> m_entity_letter{};
  std::array<ValueCounts, 6> m_counts;  // by FacetField, filled by finish()
  std::map<std::string, std::size_t> m_days;
  std::size_t m_articles = 0;
  std::size_t m_stories = 0;
  std::size_t m_counted = 0;
  std::size_t m_undated = 0;
};

// The counting pass over the columns: the query run on each shard, its matches counted.
// Returns nullptr when the columns turn out damaged.
std::unique_ptr<ColumnCounts> count_with_columns(const CountingColumns& source,
                                                 const Xapian::Query& query,
                                                 const SearchRequest& request);

}  // namespace news
