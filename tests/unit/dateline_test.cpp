// Wire datelines without a year, and the year taken from other evidence.
#include <gtest/gtest.h>

#include "dates/dateline.hpp"
#include "enrich/date_resolution.hpp"

namespace news {
namespace {

struct DatelineCase {
  const char* line;
  int month;  // 0: not a dateline
  int day;
};

void PrintTo(const DatelineCase& c, std::ostream* os) {
  *os << c.line;
}

class Dateline : public ::testing::TestWithParam<DatelineCase> {};

TEST_P(Dateline, ReadsMonthAndDay) {
  const auto md = dateline_month_day(GetParam().line);
  if (GetParam().month == 0) {
    EXPECT_FALSE(md);
    return;
  }
  ASSERT_TRUE(md);
  EXPECT_EQ(md->month, GetParam().month);
  EXPECT_EQ(md->day, GetParam().day);
}

INSTANTIATE_TEST_SUITE_P(
    Lines, Dateline,
    ::testing::Values(DatelineCase{"ISLAMABAD, Oct 29 (Reuters) - Talks failed", 10, 29},
                      DatelineCase{"NEW YORK, Feb. 3 - Stocks rose", 2, 3},
                      DatelineCase{"WASHINGTON, D.C., March 9 (AP) — The Senate", 3, 9},
                      DatelineCase{"SALVADOR, Feb 26 - Showers continued", 2, 26},
                      DatelineCase{"GENEVA, Oct. 14, 2025 (Newswire) - full date", 0, 0},
                      DatelineCase{"Talks began on October 25 in Istanbul", 0, 0},
                      DatelineCase{"Kabul, Oct 29 - mixed case is prose", 0, 0},
                      DatelineCase{"LONDON, yesterday - no date", 0, 0}));

TEST(Dateline, YearIsTheLatestOnOrBeforeTheEvidence) {
  const Timestamp crawl = *make_timestamp(2025, 11, 2);
  EXPECT_EQ(to_iso8601(*latest_on_or_before({10, 29}, crawl)), "2025-10-29");
  EXPECT_EQ(to_iso8601(*latest_on_or_before({12, 30}, crawl)), "2024-12-30");
  EXPECT_EQ(to_iso8601(*latest_on_or_before({11, 2}, crawl)), "2025-11-02");
}

TEST(Dateline, YearFoldersInPaths) {
  EXPECT_EQ(year_in_path("archive/1987/feb/story.txt"), 1987);
  EXPECT_EQ(year_in_path("1987.txt"), 0);
  EXPECT_EQ(year_in_path("a/12345/b.txt"), 0);
}

TEST(DateResolution, DatelineTakesItsYearFromTheCrawlDateOrAFolder) {
  Article crawled;
  crawled.id = "crawl.warc.gz#https://example.com/a";
  crawled.body = "ISLAMABAD, Oct 29 (Reuters) - Talks stalled.";
  crawled.fallback_date = make_timestamp(2025, 11, 2);
  resolve_date(crawled);
  EXPECT_EQ(to_iso8601(*crawled.date), "2025-10-29");
  EXPECT_EQ(crawled.date_source, date_source::kDateline);
  EXPECT_DOUBLE_EQ(date_confidence(crawled.date_source), 0.5);

  Article filed;
  filed.id = "wire/1987/story.txt";
  filed.body = crawled.body;
  resolve_date(filed);
  EXPECT_EQ(to_iso8601(*filed.date), "1987-10-29");

  Article alone;
  alone.id = "story.txt";
  alone.body = crawled.body;
  resolve_date(alone);
  EXPECT_FALSE(alone.date);  // no year anywhere: undated, never guessed
  EXPECT_EQ(alone.date_source, date_source::kNone);
}

}  // namespace
}  // namespace news
