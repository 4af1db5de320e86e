// The date parser on the forms news archives use, and on what must never be a date.
#include <gtest/gtest.h>

#include "date_parser.hpp"

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

TEST(FindDate, IgnoresDaysWithoutYearsAndRelativeWords) {
  EXPECT_FALSE(find_date("talks began on October 25 and failed on Wednesday"));
  EXPECT_FALSE(find_date("like Tora Bora in December 2001"));
  EXPECT_FALSE(find_date("version 1.2.3 shipped"));
}

}  // namespace
}  // namespace news
