#include "counting_spy.hpp"

#include <algorithm>

#include "facet_values.hpp"
#include "fields.hpp"
#include "near_duplicates.hpp"

namespace news {
namespace {

constexpr FacetField kEntityFacets[] = {FacetField::kPerson, FacetField::kOrg, FacetField::kPlace};

bool has(const std::vector<FacetField>& facets, FacetField f) {
  return std::find(facets.begin(), facets.end(), f) != facets.end();
}

}  // namespace

void count_one(ValueCounts& counts, std::string_view value) {
  const auto it = counts.find(value);
  if (it != counts.end()) {
    ++it->second;
  } else {
    counts.emplace(std::string(value), 1);
  }
}

CountingSpy::CountingSpy(const std::vector<FacetField>& facets, bool days, CountBy count_by)
    : m_facets(facets),
      m_want_days(days || has(facets, FacetField::kYear)),
      m_by_story(count_by == CountBy::kStory) {
  for (std::size_t i = 0; i < 3; ++i) {
    const FacetField f = kEntityFacets[i];
    m_entity_letter[i] = schema::entry_letter(facet_field_name(f));
    m_entity_facet[i] = has(facets, f) ? int(f) : -1;
    m_want_entities = m_want_entities || has(facets, f);
  }
}

const ValueCounts& CountingSpy::counts(FacetField field) const {
  return m_counts[std::size_t(field)];
}

void CountingSpy::operator()(const Xapian::Document& doc, double) {
  ++m_articles;
  const bool first_of_story = m_clusters.insert(schema::cluster_of(doc)).second;
  if (m_by_story && !first_of_story) {
    return;
  }
  ++m_counted;
  if (m_want_entities) {
    count_entities(doc);
  }
  count_value(doc, FacetField::kSource, schema::slot::kSource);
  count_value(doc, FacetField::kLanguage, schema::slot::kLanguage);
  if (m_want_days) {
    const std::string day = doc.get_value(schema::slot::kDay);
    const std::string_view year = schema::year_of_day(day);
    if (year.empty()) {
      ++m_undated;
    } else {
      ++m_days[day];
    }
  }
}

void CountingSpy::count_entities(const Xapian::Document& doc) {
  const std::string value = doc.get_value(schema::slot::kEntities);
  for (std::string_view entry : schema::entity_entries(value)) {
    for (std::size_t i = 0; i < 3; ++i) {
      if (entry[0] == m_entity_letter[i] && m_entity_facet[i] >= 0) {
        count_one(m_counts[std::size_t(m_entity_facet[i])], entry);
        break;
      }
    }
  }
}

void CountingSpy::count_value(const Xapian::Document& doc, FacetField field, Xapian::valueno slot) {
  if (!has(m_facets, field)) {
    return;
  }
  const std::string value = doc.get_value(slot);
  if (!value.empty()) {
    count_one(m_counts[std::size_t(field)], value);
  }
}

}  // namespace news
