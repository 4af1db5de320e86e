// The match spy behind facets and timelines: it sees every match of a search (before
// collapsing) and counts its facet values and day, reading value slots only.
#pragma once

#include <xapian.h>

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "search_request.hpp"

namespace news {

// Hashes strings and views alike, so that counting an existing value allocates nothing.
struct ValueHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Counts per value (entity entries "P:name", sources, language codes, years).
using ValueCounts = std::unordered_map<std::string, std::size_t, ValueHash, std::equal_to<>>;

// Adds one to the count of `value`.
void count_one(ValueCounts& counts, std::string_view value);

// What facets and timelines are made of: counts over every match of a search.
class MatchCounts {
 public:
  virtual ~MatchCounts() = default;
  // Articles or stories, as counted.
  virtual std::size_t counted() const = 0;
  virtual const ValueCounts& counts(FacetField field) const = 0;
  // Counted matches per day value ("20251029") and those without one.
  virtual const std::map<std::string, std::size_t>& days() const = 0;
  virtual std::size_t undated() const = 0;
};

// The counts of a search of local indexes, which also know every article and story seen.
class LocalCounts : public MatchCounts {
 public:
  virtual std::size_t articles() const = 0;
  // Near-duplicate clusters among the articles.
  virtual std::size_t stories() const = 0;
};

class CountingSpy : public Xapian::MatchSpy, public LocalCounts {
 public:
  // Counts the values of `facets`, and days when `days` is set. Counting by story, only the
  // first match met of each near-duplicate cluster is counted (matches arrive in document
  // order: usually the first-indexed copy).
  CountingSpy(const std::vector<FacetField>& facets, bool days, CountBy count_by);

  void operator()(const Xapian::Document& doc, double weight) override;
  // Custom spies cannot run on a remote server: the searcher refuses them there.
  std::string name() const override { return "news::CountingSpy"; }

  std::size_t articles() const override { return m_articles; }
  std::size_t stories() const override { return m_clusters.size(); }
  std::size_t counted() const override { return m_counted; }
  const ValueCounts& counts(FacetField field) const override;
  const std::map<std::string, std::size_t>& days() const override { return m_days; }
  std::size_t undated() const override { return m_undated; }

 private:
  void count_entities(const Xapian::Document& doc);
  void count_value(const Xapian::Document& doc, FacetField field, Xapian::valueno slot);

  std::vector<FacetField> m_facets;
  bool m_want_days = false;
  bool m_by_story = false;
  bool m_want_entities = false;
  std::array<ValueCounts, 6> m_counts;  // by FacetField
  std::array<int, 3> m_entity_facet{};  // entity letter index -> FacetField or -1
  std::array<char, 3> m_entity_letter{};
  std::map<std::string, std::size_t> m_days;
  std::unordered_set<std::string> m_clusters;
  std::size_t m_articles = 0;
  std::size_t m_counted = 0;
  std::size_t m_undated = 0;
};

}  // namespace news
