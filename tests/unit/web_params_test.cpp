// The web page's URL parameters <-> SearchRequest: bounds on what one request may ask,
// and links that carry a search over unchanged.
#include <gtest/gtest.h>

#include "error.hpp"
#include "web/web_params.hpp"

namespace news::web {
namespace {

SearchRequest from(const Params& params) {
  return request_from_params(params, 20, 100);
}

void expect_usage_error(const Params& params, const std::string& part) {
  try {
    from(params);
    FAIL() << part;
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kUsage);
    EXPECT_NE(std::string(e.what()).find(part), std::string::npos) << e.what();
  }
}

TEST(WebParams, ParametersFillTheRequest) {
  const SearchRequest r = from({{"q", "oil prices"},
                                {"person", "Maria Lindqvist"},
                                {"person", "Tomasz Kowal"},
                                {"since", "2025-10"},
                                {"until", "2025-10-31"},
                                {"lang", "EN"},
                                {"sort", "newest"},
                                {"offset", "40"},
                                {"unknown", "ignored"}});
  EXPECT_EQ(r.query, "oil prices");
  EXPECT_EQ(r.persons, (std::vector<std::string>{"Maria Lindqvist", "Tomasz Kowal"}));
  EXPECT_EQ(r.since, "2025-10");
  EXPECT_EQ(r.until, "2025-10-31");
  EXPECT_EQ(r.language, "en");
  EXPECT_EQ(r.sort, SortOrder::kNewest);
  EXPECT_EQ(r.offset, 40u);
  EXPECT_EQ(r.limit, 20u);
  EXPECT_GT(r.time_limit, 0);
  EXPECT_FALSE(has_search(from({})));
  EXPECT_FALSE(has_search(from({{"q", "  "}})));
  EXPECT_TRUE(has_search(from({{"person", "Asif"}})));
}

TEST(WebParams, OutOfBoundsValuesAreUsageErrors) {
  expect_usage_error({{"q", std::string(kMaxQueryBytes + 1, 'a')}}, "longer than");
  expect_usage_error({{"limit", "101"}}, "limit");
  expect_usage_error({{"limit", "0"}}, "limit");
  expect_usage_error({{"offset", "-1"}}, "offset");
  expect_usage_error({{"offset", std::to_string(kMaxOffset + 1)}}, "offset");
  expect_usage_error({{"offset", "99999999999999999999"}}, "offset");
  expect_usage_error({{"sort", "random"}}, "sort");
  expect_usage_error({{"lang", "klingon!"}}, "lang");
  Params many;
  for (std::size_t i = 0; i <= kMaxFilters; ++i) {
    many.emplace("person", std::to_string(i));
  }
  expect_usage_error(many, "person");
  EXPECT_EQ(from({{"q", std::string(kMaxQueryBytes, 'a')}}).query.size(), kMaxQueryBytes);
}

TEST(WebParams, QueryStringsCarryTheSearchOver) {
  const Params params{{"q", "\"open war\" & more"}, {"person", "Khawaja Asif"}, {"since", "2025"},
                      {"sort", "oldest"},           {"offset", "20"},           {"limit", "5"}};
  const SearchRequest r = from(params);
  const std::string qs = query_string(r);
  EXPECT_EQ(qs,
            "q=%22open%20war%22%20%26%20more&person=Khawaja%20Asif&since=2025&sort=oldest&"
            "offset=20");
  EXPECT_EQ(query_string(from({{"q", "oil"}, {"sort", "relevance"}})), "q=oil");
}

}  // namespace
}  // namespace news::web
