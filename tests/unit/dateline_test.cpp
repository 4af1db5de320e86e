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
                      DatelineCase{"Kabul, Oct 29 talks began: prose, not a dateline", 0, 0},
                      DatelineCase{"Toronto, Feb 26 - as some desks write it", 2, 26},
                      DatelineCase{"PORTLAND, Ore., Feb 26 - Red Lion Inns", 2, 26},
                      DatelineCase{"FARMINGTON, Conn., FEb 26 - Shr 10 cts", 2, 26},
                      DatelineCase{"LOUISVILLE, Ky, Feb 26 - Brown-Forman", 2, 26},
                      DatelineCase{"RICHMOND, Va. Feb 26 - Qtly div", 2, 26},
                      DatelineCase{"Calgary, Alberta, march 3 - Shr", 3, 3},
                      DatelineCase{"DALLAS/FORT WORTH, Texas, March 3 - AMR", 3, 3},
                      DatelineCase{"AMSTERDAM, 2 March - The Dutch Central Bank", 3, 2},
                      DatelineCase{"RIO DE JANEIRO, March 4 - Coffee", 3, 4},
                      DatelineCase{"COEUR D'ALENE, Idaho, March 2 - Shr loss", 3, 2},
                      DatelineCase{"ST. JOHN'S, Newfoundland, March 9 - Petro-Canada", 3, 9},
                      DatelineCase{"Revenue, March 3 rose", 0, 0},
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

namespace news {
namespace {

Article wire_story(const char* body) {
  Article a;
  a.id = "wire/1987/story.txt";
  a.body = body;
  return a;
}

TEST(DateResolution, StateAbbreviationDatelineBeatsADueDateInTheProse) {
  Article a = wire_story(
      "PORTLAND, Ore., Feb 26 - Red Lion Inns said it issued a eurobond due\n"
      "July 15, 1992, paying 8 pct, through its finance unit.\n");
  resolve_date(a);
  ASSERT_TRUE(a.date);
  EXPECT_EQ(to_iso8601(*a.date), "1987-02-26");
  EXPECT_EQ(a.date_source, date_source::kDateline);
}

TEST(DateResolution, ADueDateInTheProseIsNeverThePublicationDate) {
  Article a = wire_story(
      "Red Lion Inns said it issued a eurobond due July 15, 1992, paying\n"
      "8 pct, through its finance unit in Amsterdam, the company said on\n"
      "Thursday.\n");
  a.id = "story.txt";
  resolve_date(a);
  EXPECT_FALSE(a.date);
  EXPECT_EQ(a.date_source, date_source::kNone);
}

TEST(DateResolution, ADateWhereADateLineWouldSitStillDates) {
  Article byline = wire_story("By Jane Doe | October 29, 2025\nThe council met.\n");
  byline.id = "story.txt";
  resolve_date(byline);
  ASSERT_TRUE(byline.date);
  EXPECT_EQ(to_iso8601(*byline.date).substr(0, 10), "2025-10-29");
  EXPECT_EQ(byline.date_source, date_source::kText);

  Article full = wire_story("WASHINGTON, Oct. 29, 2025 (AP) - The Senate voted on a bill that\n");
  full.id = "story.txt";
  resolve_date(full);
  ASSERT_TRUE(full.date);
  EXPECT_EQ(to_iso8601(*full.date).substr(0, 10), "2025-10-29");
}

}  // namespace
}  // namespace news
