#include "search_request.hpp"

#include "error.hpp"
#include "query_parser_setup.hpp"

namespace news {
namespace {

constexpr std::pair<FacetField, std::string_view> kFacetNames[] = {
    {FacetField::kPerson, "person"}, {FacetField::kOrg, "org"},       {FacetField::kPlace, "place"},
    {FacetField::kSource, "source"}, {FacetField::kLanguage, "lang"}, {FacetField::kYear, "year"}};
constexpr std::pair<TimelinePeriod, std::string_view> kPeriodNames[] = {
    {TimelinePeriod::kNone, ""},
    {TimelinePeriod::kDay, "day"},
    {TimelinePeriod::kWeek, "week"},
    {TimelinePeriod::kMonth, "month"},
    {TimelinePeriod::kYear, "year"}};
constexpr std::pair<CountBy, std::string_view> kCountByNames[] = {{CountBy::kArticle, "article"},
                                                                  {CountBy::kStory, "story"}};

template <typename Enum, std::size_t N>
std::string_view name_of(const std::pair<Enum, std::string_view> (&table)[N], Enum value) {
  for (const auto& [e, name] : table) {
    if (e == value) {
      return name;
    }
  }
  return "";
}

template <typename Enum, std::size_t N>
std::optional<Enum> from_name(const std::pair<Enum, std::string_view> (&table)[N],
                              std::string_view name) {
  for (const auto& [e, n] : table) {
    if (n == name && !name.empty()) {
      return e;
    }
  }
  return std::nullopt;
}

std::pair<std::string, std::string> span_or_throw(const std::string& what,
                                                  const std::string& date) {
  const auto span = schema::day_span(date);
  if (!span) {
    throw Error(ExitCode::kUsage, what + " \"" + date + "\" is not a date",
                "dates are YYYY, YYYY-MM or YYYY-MM-DD");
  }
  return *span;
}

void validate_counts(const SearchRequest& r) {
  for (std::size_t i = 0; i < r.facets.size(); ++i) {
    for (std::size_t j = i + 1; j < r.facets.size(); ++j) {
      if (r.facets[i] == r.facets[j]) {
        throw Error(ExitCode::kUsage,
                    "facet " + std::string(facet_field_name(r.facets[i])) + " asked twice",
                    "name each facet once, e.g. --facets person,place");
      }
    }
  }
  if (r.facet_limit == 0 || r.facet_limit > kMaxFacetLimit) {
    throw Error(ExitCode::kUsage,
                "the facet limit must be from 1 to " + std::to_string(kMaxFacetLimit) + ", not " +
                    std::to_string(r.facet_limit),
                "e.g. --facet-limit 20");
  }
}

}  // namespace

std::string_view facet_field_name(FacetField field) {
  return name_of(kFacetNames, field);
}

std::optional<FacetField> facet_field_from_name(std::string_view name) {
  return from_name(kFacetNames, name);
}

std::string_view timeline_period_name(TimelinePeriod period) {
  return name_of(kPeriodNames, period);
}

std::optional<TimelinePeriod> timeline_period_from_name(std::string_view name) {
  return from_name(kPeriodNames, name);
}

std::string_view count_by_name(CountBy count_by) {
  return name_of(kCountByNames, count_by);
}

std::optional<CountBy> count_by_from_name(std::string_view name) {
  return from_name(kCountByNames, name);
}

void validate_request(const SearchRequest& r) {
  if (r.query.find_first_not_of(" \t\r\n") == std::string::npos && r.persons.empty() &&
      r.since.empty() && r.until.empty() && r.language.empty()) {
    throw Error(ExitCode::kUsage, "no query given", "give words to search for, or a filter");
  }
  if (!r.all && (r.limit == 0 || r.limit > kMaxLimit)) {
    throw Error(ExitCode::kUsage,
                "the limit must be from 1 to " + std::to_string(kMaxLimit) + ", not " +
                    std::to_string(r.limit),
                "use --all for every result");
  }
  for (const std::string& person : r.persons) {
    if (person.find_first_not_of(" \t") == std::string::npos) {
      throw Error(ExitCode::kUsage, "an empty person name", "e.g. --person \"Khawaja Asif\"");
    }
  }
  validate_counts(r);
  if (!r.since.empty() && !r.until.empty()) {
    const auto since = span_or_throw("since", r.since);
    const auto until = span_or_throw("until", r.until);
    if (since.first > until.second) {
      throw Error(ExitCode::kUsage, "since " + r.since + " is after until " + r.until,
                  "swap the dates");
    }
  } else if (!r.since.empty() || !r.until.empty()) {
    span_or_throw(r.since.empty() ? "until" : "since", r.since.empty() ? r.until : r.since);
  }
}

}  // namespace news
