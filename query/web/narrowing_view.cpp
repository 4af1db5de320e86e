#include "narrowing_view.hpp"

#include <algorithm>
#include <cstdio>

#include "html_text.hpp"
#include "web_params.hpp"

namespace news::web {
namespace {

constexpr std::size_t kMonthsShownByMonth = 36;
constexpr double kChartWidth = 280, kChartHeight = 110, kBarsHeight = 90;

std::string heading(const std::string& field) {
  static const std::pair<const char*, const char*> kHeadings[] = {
      {"person", "People"},  {"org", "Organisations"}, {"place", "Places"},
      {"source", "Sources"}, {"lang", "Languages"},    {"year", "Years"}};
  for (const auto& [name, text] : kHeadings) {
    if (field == name) {
      return text;
    }
  }
  return field;
}

bool is_active(const SearchRequest& r, const std::string& field, const std::string& value) {
  if (field == "person") {
    return std::find(r.persons.begin(), r.persons.end(), value) != r.persons.end();
  }
  if (field == "lang") {
    return r.language == value;
  }
  return field == "year" && r.since == value && r.until == value;
}

std::string facet_html(const SearchRequest& r, const FacetCounts& facet) {
  if (facet.values.empty()) {
    return {};
  }
  const std::string id = "facet-" + facet.field;
  std::string out = "<section class=\"facet\" aria-labelledby=\"" + id + "\"><h2 id=\"" + id +
                    "\">" + heading(facet.field) + "</h2><ul>";
  for (std::size_t i = 0; i < facet.values.size() && i < kFacetValuesShown; ++i) {
    const FacetValue& v = facet.values[i];
    const std::string name = escape_html(v.value);
    out += "<li>";
    if (is_active(r, facet.field, v.value)) {
      out += "<span class=\"active\" aria-current=\"true\">" + name + "</span>";
    } else {
      out += "<a class=\"" + escape_html(facet.field) + "\" href=\"/?" +
             escape_html(query_string(narrowed(r, facet.field, v.value))) + "\">" + name + "</a>";
    }
    out += " <span class=\"count\">" + std::to_string(v.count) +
           "<span class=\"visually-hidden\"> articles</span></span></li>";
  }
  return out + "</ul></section>";
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// Months, or years when the months are too many to read.
std::vector<TimelinePeriodCount> chart_periods(const Timeline& timeline) {
  if (timeline.period != "month" || timeline.periods.size() <= kMonthsShownByMonth) {
    return timeline.periods;
  }
  std::vector<TimelinePeriodCount> years;
  for (const TimelinePeriodCount& p : timeline.periods) {
    const std::string year = p.period.substr(0, 4);
    if (years.empty() || years.back().period != year) {
      years.push_back({year, 0});
    }
    years.back().count += p.count;
  }
  return years;
}

std::string bar_html(const SearchRequest& r, const TimelinePeriodCount& p, double x, double w,
                     std::size_t max) {
  const double h = max == 0 ? 0 : kBarsHeight * double(p.count) / double(max);
  const std::string label = escape_html(p.period) + ": " + std::to_string(p.count) +
                            (p.count == 1 ? " article" : " articles");
  const std::string rect = "<rect class=\"bar\" x=\"" + num(x) + "\" y=\"" + num(kBarsHeight - h) +
                           "\" width=\"" + num(w) + "\" height=\"" + num(std::max(h, 0.5)) +
                           "\"><title>" + label + "</title></rect>";
  if (p.count == 0) {
    return rect;
  }
  SearchRequest narrowed_range = r;
  narrowed_range.since = narrowed_range.until = p.period;
  narrowed_range.offset = 0;
  return "<a href=\"/?" + escape_html(query_string(narrowed_range)) + "\" aria-label=\"" + label +
         "\">" + rect + "</a>";
}

std::string timeline_html(const SearchRequest& r, const Timeline& timeline) {
  const std::vector<TimelinePeriodCount> periods = chart_periods(timeline);
  if (periods.empty()) {
    return {};
  }
  std::size_t max = 0;
  for (const TimelinePeriodCount& p : periods) {
    max = std::max(max, p.count);
  }
  const double slot = kChartWidth / double(periods.size());
  std::string bars;
  for (std::size_t i = 0; i < periods.size(); ++i) {
    bars += bar_html(r, periods[i], slot * double(i) + slot * 0.1, slot * 0.8, max);
  }
  return "<section class=\"timeline\" aria-labelledby=\"timeline-title\"><h2 "
         "id=\"timeline-title\">When</h2><svg class=\"chart\" role=\"group\" "
         "aria-labelledby=\"timeline-title\" viewBox=\"0 0 " +
         num(kChartWidth) + " " + num(kChartHeight) + "\">" + bars + "<text x=\"0\" y=\"" +
         num(kChartHeight - 4) + "\">" + escape_html(periods.front().period) + "</text><text x=\"" +
         num(kChartWidth) + "\" y=\"" + num(kChartHeight - 4) + "\" text-anchor=\"end\">" +
         escape_html(periods.back().period) + "</text></svg>" +
         (timeline.undated > 0
              ? "<p class=\"undated\">Undated: " + std::to_string(timeline.undated) + "</p>"
              : std::string()) +
         "</section>";
}

}  // namespace

void ask_for_narrowing(SearchRequest& request) {
  request.facets = {FacetField::kPerson, FacetField::kOrg,      FacetField::kPlace,
                    FacetField::kSource, FacetField::kLanguage, FacetField::kYear};
  request.facet_limit = kFacetValuesShown;
  request.timeline = TimelinePeriod::kMonth;
}

SearchRequest narrowed(const SearchRequest& request, const std::string& field,
                       const std::string& value) {
  SearchRequest r = request;
  r.offset = 0;
  if (field == "person") {
    if (!is_active(r, field, value)) {
      r.persons.push_back(value);
    }
  } else if (field == "lang") {
    r.language = value;
  } else if (field == "year") {
    r.since = r.until = value;
  } else {
    std::string phrase = value;
    std::replace(phrase.begin(), phrase.end(), '"', ' ');
    r.query.append(r.query.empty() ? "" : " ").append(field).append(":\"");
    r.query.append(phrase).append("\"");
  }
  return r;
}

std::string narrowing_html(const SearchRequest& request, const SearchHeader& header) {
  std::string out = timeline_html(request, header.timeline);
  for (const FacetCounts& facet : header.facets) {
    out += facet_html(request, facet);
  }
  return out;
}

}  // namespace news::web
