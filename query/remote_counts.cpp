#include "remote_counts.hpp"

#include <algorithm>

#include "facet_values.hpp"
#include "fields.hpp"

namespace news {
namespace {

bool has(const std::vector<FacetField>& facets, FacetField f) {
  return std::find(facets.begin(), facets.end(), f) != facets.end();
}

}  // namespace

bool countable_remotely(const SearchRequest& request) {
  const bool entities = has(request.facets, FacetField::kPerson) ||
                        has(request.facets, FacetField::kOrg) ||
                        has(request.facets, FacetField::kPlace);
  return !entities && request.count_by == CountBy::kArticle;
}

RemoteCounts::RemoteCounts(const SearchRequest& request) {
  const auto add = [this](FacetField field, Xapian::valueno slot) {
    m_spies.push_back({field, std::make_unique<Xapian::ValueCountMatchSpy>(slot)});
  };
  if (has(request.facets, FacetField::kSource)) {
    add(FacetField::kSource, schema::slot::kSource);
  }
  if (has(request.facets, FacetField::kLanguage)) {
    add(FacetField::kLanguage, schema::slot::kLanguage);
  }
  // One spy at least: it also counts the matches.
  if (has(request.facets, FacetField::kYear) || request.timeline != TimelinePeriod::kNone ||
      m_spies.empty()) {
    add(FacetField::kYear, schema::slot::kDay);
  }
}

void RemoteCounts::add_to(Xapian::Enquire& enquire) {
  for (const Counted& c : m_spies) {
    enquire.add_matchspy(c.spy.get());
  }
}

const ValueCounts& RemoteCounts::counts(FacetField field) const {
  return m_counts[std::size_t(field)];
}

void RemoteCounts::read() {
  m_articles = m_spies.front().spy->get_total();
  for (const Counted& c : m_spies) {
    std::size_t with_value = 0;
    for (auto it = c.spy->values_begin(); it != c.spy->values_end(); ++it) {
      const std::size_t count = it.get_termfreq();
      with_value += count;
      if (c.field != FacetField::kYear) {
        m_counts[std::size_t(c.field)][*it] = count;
      } else if (schema::year_of_day(*it).empty()) {
        m_undated += count;
      } else {
        m_days[*it] += count;
      }
    }
    if (c.field == FacetField::kYear) {
      m_undated += m_articles - with_value;  // no day value at all
    }
  }
}

}  // namespace news
