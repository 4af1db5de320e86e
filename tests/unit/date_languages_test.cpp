// The date parser on written dates in other languages, and on days as the page wrote them.
#include <gtest/gtest.h>

#include "date_parser.hpp"

namespace news {
namespace {

std::string day(std::string_view text) {
  const auto ts = find_written_day(text);
  return ts ? to_iso8601(*ts) : "none";
}

TEST(DateLanguages, ReadsWrittenDatesInEuropeanLanguages) {
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      {"Dienstag, 12. März 2024", "2024-03-12"},
      {"am 5. November 2021, 10:39 Uhr", "2021-11-05"},
      {"1. Januar 2012", "2012-01-01"},
      {"Jänner 3 2020", "2020-01-03"},
      {"le 29 octobre 2025", "2025-10-29"},
      {"3 février 2019", "2019-02-03"},
      {"15 août 2018", "2018-08-15"},
      {"29 de octubre de 2025", "2025-10-29"},
      {"4 de março de 2021", "2021-03-04"},
      {"29 ottobre 2025", "2025-10-29"},
      {"12 mei 2022", "2022-05-12"},
      {"15 августа 2016", "2016-08-15"},
      {"29.10.2025", "2025-10-29"},
      {"MÄRZ 7, 2023", "2023-03-07"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(day(c.text), c.expected) << c.text;
  }
}

TEST(DateLanguages, WrittenDayIgnoresTimeAndZone) {
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      {"2021-03-04T22:10:00-05:00", "2021-03-04"},
      {"Thu, 04 Mar 2021 23:30:00 -0800", "2021-03-04"},
      {"no date here", "none"},
      {"Mai 2020", "none"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(day(c.text), c.expected) << c.text;
  }
  EXPECT_EQ(to_iso8601(*parse_date("2021-03-04T22:10:00-05:00")), "2021-03-05T03:10:00Z");
}

}  // namespace
}  // namespace news
