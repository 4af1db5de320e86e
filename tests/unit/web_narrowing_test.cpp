// Beside the results: facet values as links that narrow the search, the timeline as an
// SVG chart whose bars narrow the date range; values from articles escaped.
#include <gtest/gtest.h>

#include "web/narrowing_view.hpp"
#include "web/web_params.hpp"

namespace news::web {
namespace {

SearchHeader header_with_counts() {
  SearchHeader h;
  h.facets = {{"person", {{"Khawaja Asif", 3}, {"<svg onload=x>", 1}}, 0},
              {"org", {{"United \"Nations\"", 2}}, 0},
              {"source", {{"Continental Wire", 2}}, 0},
              {"lang", {{"en", 5}, {"fr", 1}}, 0},
              {"year", {{"2025", 4}, {"2024", 2}}, 0},
              {"place", {}, 0}};
  h.timeline.period = "month";
  h.timeline.periods = {{"2025-09", 1}, {"2025-10", 0}, {"2025-11", 4}};
  h.timeline.undated = 2;
  return h;
}

TEST(WebNarrowing, EachFacetValueNarrowsTheSearchItsOwnWay) {
  SearchRequest r;
  r.query = "talks";
  r.offset = 40;
  EXPECT_EQ(query_string(narrowed(r, "person", "Khawaja Asif")), "q=talks&person=Khawaja%20Asif");
  EXPECT_EQ(query_string(narrowed(r, "org", "United \"Nations\"")),
            "q=talks%20org%3A%22United%20%20Nations%20%22");
  EXPECT_EQ(query_string(narrowed(r, "lang", "fr")), "q=talks&lang=fr");
  EXPECT_EQ(query_string(narrowed(r, "year", "2024")), "q=talks&since=2024&until=2024");
  r.persons = {"Khawaja Asif"};
  EXPECT_EQ(narrowed(r, "person", "Khawaja Asif").persons.size(), 1u);
}

TEST(WebNarrowing, FacetsAndTimelineRenderAsLinks) {
  SearchRequest r = request_from_params({{"q", "talks"}, {"lang", "en"}}, 20, 20);
  ask_for_narrowing(r);
  EXPECT_EQ(r.facets.size(), 6u);
  EXPECT_EQ(r.timeline, TimelinePeriod::kMonth);
  const std::string html = narrowing_html(r, header_with_counts());
  EXPECT_NE(html.find("<h2 id=\"facet-person\">People</h2>"), std::string::npos);
  EXPECT_NE(html.find("href=\"/?q=talks&amp;person=Khawaja%20Asif&amp;lang=en\">Khawaja Asif"),
            std::string::npos);
  EXPECT_NE(html.find("&lt;svg onload=x&gt;"), std::string::npos);
  EXPECT_EQ(html.find("<svg onload"), std::string::npos);
  EXPECT_NE(html.find("<span class=\"active\" aria-current=\"true\">en</span>"), std::string::npos);
  EXPECT_EQ(html.find("facet-place"), std::string::npos);  // no values, no section
  EXPECT_NE(html.find("<a href=\"/?q=talks&amp;since=2025-11&amp;until=2025-11&amp;lang=en\" "
                      "aria-label=\"2025-11: 4 articles\">"),
            std::string::npos);
  EXPECT_EQ(html.find("since=2025-10&amp;"), std::string::npos);  // an empty month: no link
  EXPECT_NE(html.find("Undated: 2"), std::string::npos);
}

TEST(WebNarrowing, LongTimelinesAreShownByYear) {
  SearchHeader h;
  h.timeline.period = "month";
  for (int year = 2020; year <= 2024; ++year) {
    for (int month = 1; month <= 12; ++month) {
      h.timeline.periods.push_back(
          {std::to_string(year) + (month < 10 ? "-0" : "-") + std::to_string(month), 1});
    }
  }
  SearchRequest r;
  r.query = "x";
  const std::string html = narrowing_html(r, h);
  EXPECT_NE(html.find("aria-label=\"2022: 12 articles\""), std::string::npos);
  EXPECT_NE(html.find("since=2022&amp;until=2022"), std::string::npos);
  EXPECT_EQ(html.find("2022-05"), std::string::npos);
}

}  // namespace
}  // namespace news::web
