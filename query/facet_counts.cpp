#include "facet_counts.hpp"

#include <algorithm>

#include "facet_values.hpp"

namespace news {
namespace {

ValueCounts year_counts(const MatchCounts& spy) {
  ValueCounts years;
  for (const auto& [day, count] : spy.days()) {
    const auto it = years.try_emplace(std::string(schema::year_of_day(day)), 0).first;
    it->second += count;
  }
  return years;
}

bool is_entity(FacetField f) {
  return f == FacetField::kPerson || f == FacetField::kOrg || f == FacetField::kPlace;
}

}  // namespace

FacetCounts top_values(const ValueCounts& counts, std::size_t limit) {
  std::vector<FacetValue> all;
  all.reserve(counts.size());
  for (const auto& [value, count] : counts) {
    all.push_back({value, count});
  }
  const auto before = [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  };
  const std::size_t keep = std::min(limit, all.size());
  std::partial_sort(all.begin(), all.begin() + std::ptrdiff_t(keep), all.end(), before);
  FacetCounts out;
  out.other_values = all.size() - keep;
  all.resize(keep);
  out.values = std::move(all);
  return out;
}

std::vector<FacetCounts> facet_counts(const MatchCounts& spy, const Xapian::Database& db,
                                      const SearchRequest& request) {
  std::vector<FacetCounts> out;
  for (const FacetField field : request.facets) {
    FacetCounts facet = field == FacetField::kYear
                            ? top_values(year_counts(spy), request.facet_limit)
                            : top_values(spy.counts(field), request.facet_limit);
    facet.field = std::string(facet_field_name(field));
    if (is_entity(field)) {
      for (FacetValue& v : facet.values) {
        v.value = schema::entry_display_name(db, v.value);
      }
    }
    out.push_back(std::move(facet));
  }
  return out;
}

}  // namespace news
