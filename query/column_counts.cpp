#include "column_counts.hpp"

#include <algorithm>

#include "facet_values.hpp"
#include "query_plan.hpp"

namespace news {
namespace {

constexpr FacetField kEntityFacets[] = {FacetField::kPerson, FacetField::kOrg, FacetField::kPlace};

bool has(const std::vector<FacetField>& facets, FacetField f) {
  return std::find(facets.begin(), facets.end(), f) != facets.end();
}

// Rows read ahead of the one counted: matches are far apart in a large index, so each
// row is a cache miss; loading several at once hides most of the wait.
constexpr std::size_t kPrefetchAhead = 16;

// Sees the matches of one shard (by its own document ids) and keeps their ids in the whole
// index: document d of shard k of K is document (d - 1) * K + k + 1 of the stub.
class ShardSpy : public Xapian::MatchSpy {
 public:
  ShardSpy(std::vector<Xapian::docid>& dids, Xapian::docid shard, Xapian::docid shard_count)
      : m_dids(dids), m_shard(shard), m_shard_count(shard_count) {}
  void operator()(const Xapian::Document& doc, double) override {
    m_dids.push_back((doc.get_docid() - 1) * m_shard_count + m_shard + 1);
  }
  std::string name() const override { return "news::ShardSpy"; }

 private:
  std::vector<Xapian::docid>& m_dids;
  Xapian::docid m_shard;
  Xapian::docid m_shard_count;
};

// The counting pass's weight: every match weighs the same, so no document length is read
// (BM25 reads one per match). Every match weighs 1, never nothing: a pass where all
// weigh nothing needs schema::unweighted() (Xapian 1.4.22 fails some otherwise).
class CountingWeight : public Xapian::Weight {
 public:
  CountingWeight() { need_stat(WDF); }
  Weight* clone() const override { return new CountingWeight; }
  std::string name() const override { return "news::CountingWeight"; }
  void init(double) override {}
  double get_sumpart(Xapian::termcount, Xapian::termcount, Xapian::termcount) const override {
    return 1;
  }
  double get_maxpart() const override { return 1; }
  double get_sumextra(Xapian::termcount, Xapian::termcount) const override { return 0; }
  double get_maxextra() const override { return 0; }
};

}  // namespace

ColumnCounts::ColumnCounts(const schema::FacetColumns& columns,
                           const std::vector<FacetField>& facets, bool days, CountBy count_by)
    : m_columns(columns),
      m_facets(facets),
      m_want_days(days || has(facets, FacetField::kYear)),
      m_by_story(count_by == CountBy::kStory),
      m_seen_stories((std::size_t(columns.cluster_count()) + 63) / 64) {
  bool entities = false;
  for (std::size_t i = 0; i < 3; ++i) {
    m_entity_letter[i] = schema::entry_letter(facet_field_name(kEntityFacets[i]));
    m_entity_facet[i] = has(facets, kEntityFacets[i]) ? int(kEntityFacets[i]) : -1;
    entities = entities || m_entity_facet[i] >= 0;
  }
  m_entity.resize(entities ? columns.entity_count() : 0);
  m_source.resize(has(facets, FacetField::kSource) ? columns.source_count() : 0);
  m_language.resize(has(facets, FacetField::kLanguage) ? columns.language_count() : 0);
  m_day.resize(m_want_days ? columns.day_count() : 0);
}

const ValueCounts& ColumnCounts::counts(FacetField field) const {
  return m_counts[std::size_t(field)];
}

void ColumnCounts::add(Xapian::docid did) {
  if (did >= m_columns.doc_slots()) {
    m_damaged = true;
    return;
  }
  ++m_articles;
  const schema::FacetColumns::Row row = m_columns.row(did);
  if (row.cluster >= m_columns.cluster_count()) {
    m_damaged = true;
    return;
  }
  std::uint64_t& word = m_seen_stories[row.cluster / 64];
  const std::uint64_t bit = std::uint64_t(1) << (row.cluster % 64);
  const bool first_of_story = (word & bit) == 0;
  word |= bit;
  m_stories += first_of_story ? 1 : 0;
  if (m_by_story && !first_of_story) {
    return;
  }
  ++m_counted;
  if (!m_entity.empty()) {
    add_entities(did);
  }
  add_value(m_source, row.source, m_columns.source_count());
  add_value(m_language, row.language, m_columns.language_count());
  if (m_want_days) {
    if (row.day == schema::FacetColumns::kNone) {
      ++m_undated;
    } else {
      add_value(m_day, row.day, m_columns.day_count());
    }
  }
}

void ColumnCounts::add_all(const std::vector<Xapian::docid>& dids) {
  for (std::size_t i = 0; i < dids.size(); ++i) {
    if (i + kPrefetchAhead < dids.size()) {
      m_columns.prefetch(dids[i + kPrefetchAhead]);
    }
    add(dids[i]);
  }
}

void ColumnCounts::add_value(std::vector<std::uint32_t>& into, std::uint32_t v, std::size_t size) {
  if (into.empty() || v == schema::FacetColumns::kNone) {
    return;
  }
  if (v >= size) {
    m_damaged = true;
    return;
  }
  ++into[v];
}

void ColumnCounts::add_entities(Xapian::docid did) {
  std::uint32_t first = 0, end = 0;
  if (!m_columns.entity_range(did, first, end)) {
    m_damaged = true;
    return;
  }
  for (std::uint32_t k = first; k < end; ++k) {
    const std::uint32_t id = m_columns.entity_id(k);
    if (id >= m_entity.size()) {
      m_damaged = true;
      return;
    }
    ++m_entity[id];
  }
}

void ColumnCounts::finish() {
  for (std::uint32_t id = 0; id < m_entity.size(); ++id) {
    const std::string_view entry = m_columns.entity(id);
    for (std::size_t i = 0; m_entity[id] > 0 && !entry.empty() && i < 3; ++i) {
      if (entry[0] == m_entity_letter[i]) {
        if (m_entity_facet[i] >= 0) {
          m_counts[std::size_t(m_entity_facet[i])].emplace(entry, m_entity[id]);
        }
        break;
      }
    }
  }
  const auto fill = [&](const std::vector<std::uint32_t>& counted, FacetField field, auto name_of) {
    for (std::uint32_t v = 0; v < counted.size(); ++v) {
      if (counted[v] > 0) {
        m_counts[std::size_t(field)].emplace(name_of(v), counted[v]);
      }
    }
  };
  fill(m_source, FacetField::kSource, [&](std::uint32_t v) { return m_columns.source(v); });
  fill(m_language, FacetField::kLanguage, [&](std::uint32_t v) { return m_columns.language(v); });
  for (std::uint32_t d = 0; d < m_day.size(); ++d) {
    if (m_day[d] > 0) {
      m_days.emplace(m_columns.day(d), m_day[d]);
    }
  }
}

std::unique_ptr<ColumnCounts> count_with_columns(const CountingColumns& source,
                                                 const Xapian::Query& query,
                                                 const SearchRequest& request) {
  auto counts = std::make_unique<ColumnCounts>(
      *source.columns, request.facets, request.timeline != TimelinePeriod::kNone, request.count_by);
  const auto shard_count = Xapian::docid(source.shards.size());
  // Shard after shard, as a search of the stub meets the matches (Xapian 1.4 runs the
  // posting lists of sub-databases one after the other): "first of its story" is the same.
  for (Xapian::docid k = 0; k < shard_count; ++k) {
    const Xapian::Database& shard = source.shards[k];
    Xapian::Enquire counting(shard);
    counting.set_query(query);
    counting.set_weighting_scheme(CountingWeight());
    if (request.time_limit > 0) {
      counting.set_time_limit(request.time_limit);
    }
    std::vector<Xapian::docid> dids;
    ShardSpy spy(dids, k, shard_count);
    counting.add_matchspy(&spy);
    counting.get_mset(0, 0, shard.get_doccount());
    counts->add_all(dids);
    if (counts->damaged()) {
      return nullptr;
    }
  }
  counts->finish();
  return counts;
}

}  // namespace news
