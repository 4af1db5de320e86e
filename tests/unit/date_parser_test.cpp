// The date parser on the forms news archives use, and on what must never be a date.
#include <gtest/gtest.h>

#include "date_parser.hpp"

#include <cstdio>
#include <string>
#include <vector>

namespace news {
namespace {

struct DateCase {
  const char* text;
  const char* iso;  // expected to_iso8601, or nullptr for "not a date"
};

class ParseDate : public ::testing::TestWithParam<DateCase> {};

TEST_P(ParseDate, WholeText) {
  const DateCase& c = GetParam();
  const auto ts = parse_date(c.text);
  if (c.iso == nullptr) {
    EXPECT_FALSE(ts) << c.text << " -> " << to_iso8601(*ts);
  } else {
    ASSERT_TRUE(ts) << c.text;
    EXPECT_EQ(to_iso8601(*ts), c.iso) << c.text;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Forms, ParseDate,
    ::testing::Values(
        DateCase{"2025-10-29", "2025-10-29"}, DateCase{"2025/10/29", "2025-10-29"},
        DateCase{"2025-1-5", "2025-01-05"},
        DateCase{"2025-10-29T10:00:00Z", "2025-10-29T10:00:00Z"},
        DateCase{"2025-10-29T10:00:00.123Z", "2025-10-29T10:00:00Z"},
        DateCase{"2025-10-29T14:30:00+02:00", "2025-10-29T12:30:00Z"},
        DateCase{"2025-10-29T01:30:00+0530", "2025-10-28T20:00:00Z"},
        DateCase{"2025-10-29 10:00", "2025-10-29T10:00:00Z"},
        DateCase{"Wed, 29 Oct 2025 10:00:00 +0000", "2025-10-29T10:00:00Z"},
        DateCase{"Wed, 29 Oct 2025 10:00:00 GMT", "2025-10-29T10:00:00Z"},
        DateCase{"Wed, 29 Oct 2025 06:00:00 EDT", "2025-10-29T10:00:00Z"},
        DateCase{"October 29, 2025", "2025-10-29"}, DateCase{"Oct. 29, 2025", "2025-10-29"},
        DateCase{"Oct 29 2025", "2025-10-29"}, DateCase{"Sept. 3, 2024", "2024-09-03"},
        DateCase{"October 29th, 2025", "2025-10-29"}, DateCase{"29 October 2025", "2025-10-29"},
        DateCase{"29 Oct 2025", "2025-10-29"}, DateCase{"29th of October, 2025", "2025-10-29"},
        DateCase{"Wednesday, October 29, 2025", "2025-10-29"},
        DateCase{"October 29, 2025 10:15 AM EST", "2025-10-29T15:15:00Z"},
        DateCase{"October 29, 2025 at 9:30 p.m.", "2025-10-29T21:30:00Z"},
        DateCase{"10/29/2025", "2025-10-29"}, DateCase{"29/10/2025", "2025-10-29"},
        DateCase{"05/05/2025", "2025-05-05"}, DateCase{"29.10.2025", "2025-10-29"},
        DateCase{"1987-02-26", "1987-02-26"},
        // Not dates: ambiguous, impossible, without a year, relative, or more than a date.
        DateCase{"03/04/2025", nullptr}, DateCase{"2025-02-30", nullptr},
        DateCase{"2025-13-01", nullptr}, DateCase{"October 25", nullptr},
        DateCase{"Wednesday", nullptr}, DateCase{"yesterday", nullptr},
        DateCase{"sometime last spring", nullptr}, DateCase{"", nullptr},
        DateCase{"2025-10-29 draft three", nullptr}, DateCase{"1066-10-14", nullptr},
        DateCase{"December 2001", nullptr}, DateCase{"25:00 October 29 2025", nullptr}));

// Every month in every written form news archives use: hundreds of generated cases.
TEST(ParseDate, EveryMonthInEveryCommonForm) {
  static const char* kMonths[] = {"January",   "February", "March",    "April",
                                  "May",       "June",     "July",     "August",
                                  "September", "October",  "November", "December"};
  static const char* kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  std::size_t cases = 0;
  for (int m = 1; m <= 12; ++m) {
    const std::string month = kMonths[m - 1], abbr = month.substr(0, 3);
    for (int d : {1, 9, 13, 28}) {
      char iso[16], mdy[16], dmy[16];
      std::snprintf(iso, sizeof iso, "2024-%02d-%02d", m, d);
      std::snprintf(mdy, sizeof mdy, "%02d/%02d/2024", m, d);
      std::snprintf(dmy, sizeof dmy, "%02d.%02d.2024", d, m);
      const std::string ds = std::to_string(d);
      std::vector<std::string> forms = {
          month + " " + ds + ", 2024",
          abbr + ". " + ds + ", 2024",
          abbr + " " + ds + " 2024",
          ds + " " + month + " 2024",
          ds + " " + abbr + " 2024",
          month + " " + ds + "th, 2024",
          iso,
          dmy,
          std::string(kDays[(m + d) % 7]) + ", " + ds + " " + abbr + " 2024 00:00:00 +0000",
          std::string(iso) + "T00:00:00Z"};
      if (d > 12 || d == m) {
        forms.push_back(mdy);  // unambiguous month-first numeric form
      }
      for (const std::string& form : forms) {
        const auto ts = parse_date(form);
        ASSERT_TRUE(ts) << form;
        EXPECT_EQ(to_iso8601(*ts).substr(0, 10), iso) << form;
        ++cases;
      }
    }
  }
  EXPECT_GT(cases, 450u);
}

TEST(FindDate, FindsTheFirstDateInALine) {
  const auto ts = find_date("By Jane Doe | Updated October 29, 2025, 10:00 UTC");
  ASSERT_TRUE(ts);
  EXPECT_EQ(to_iso8601(*ts), "2025-10-29T10:00:00Z");
}

TEST(FindDate, ReadsWireDatelines) {
  const auto ts = find_date("GENEVA, Oct. 14, 2025 (Newswire) - Talks resumed on Tuesday");
  ASSERT_TRUE(ts);
  EXPECT_EQ(to_iso8601(*ts), "2025-10-14");
}

TEST(FindDate, SaysWhereTheDateIsWritten) {
  const std::string_view line = "a eurobond due July 15, 1992, paying 8 pct";
  const auto found = find_date_at(line);
  ASSERT_TRUE(found);
  EXPECT_EQ(to_iso8601(found->when), "1992-07-15");
  EXPECT_EQ(line.substr(found->begin, found->end - found->begin), "July 15, 1992");
  EXPECT_FALSE(find_date_at("no date here"));
}

TEST(FindDate, IgnoresDaysWithoutYearsAndRelativeWords) {
  EXPECT_FALSE(find_date("talks began on October 25 and failed on Wednesday"));
  EXPECT_FALSE(find_date("like Tora Bora in December 2001"));
  EXPECT_FALSE(find_date("version 1.2.3 shipped"));
}

}  // namespace
}  // namespace news
