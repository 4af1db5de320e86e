// Dates as terms: an article's year, month and day terms, the fewest terms covering a range
// of days, and ranges searched by terms finding exactly what a scan of the day values finds.
#include <gtest/gtest.h>
#include <xapian.h>

#include <chrono>
#include <random>

#include "date_terms.hpp"
#include "document_codec.hpp"
#include "fields.hpp"
#include "query_parser_setup.hpp"

namespace news::schema {
namespace {

using Terms = std::vector<std::string>;

TEST(DateTerms, YearMonthAndDayOfADayKey) {
  EXPECT_EQ(date_terms("20251029"), (Terms{"XT2025", "XT202510", "XT20251029"}));
  EXPECT_TRUE(date_terms("2025-10-29").empty());
  EXPECT_TRUE(date_terms("20251329").empty());
  EXPECT_TRUE(date_terms("").empty());
}

TEST(DateTerms, WholeYearsAndMonthsThenDays) {
  EXPECT_EQ(day_range_terms("19870301", "19870331"), Terms{"XT198703"});
  EXPECT_EQ(day_range_terms("19870101", "19871231"), Terms{"XT1987"});
  EXPECT_EQ(day_range_terms("19870226", "19870305"),
            (Terms{"XT19870226", "XT19870227", "XT19870228", "XT19870301", "XT19870302",
                   "XT19870303", "XT19870304", "XT19870305"}));
  EXPECT_EQ(day_range_terms("19870601", "19871031"),
            (Terms{"XT198706", "XT198707", "XT198708", "XT198709", "XT198710"}));
  EXPECT_EQ(day_range_terms("20240201", "20240229"), Terms{"XT202402"});  // leap year
  EXPECT_EQ(day_range_terms("20240201", "20240228")->size(), 28U);
  EXPECT_EQ(day_range_terms("20251029", "20251029"), Terms{"XT20251029"});
  const auto span = day_range_terms("19861230", "19890102");
  ASSERT_TRUE(span.has_value());
  EXPECT_EQ(*span,
            (Terms{"XT19861230", "XT19861231", "XT1987", "XT1988", "XT19890101", "XT19890102"}));
}

TEST(DateTerms, EmptyRangesBadKeysAndTooManyTerms) {
  EXPECT_EQ(day_range_terms("20251030", "20251029"), Terms{});
  EXPECT_FALSE(day_range_terms("2025", "20251029").has_value());
  EXPECT_FALSE(day_range_terms("20250230", "20251029").has_value());
  EXPECT_FALSE(day_range_terms("19000101", "20251231").has_value());  // 126 years
  EXPECT_TRUE(day_range_terms("19700101", "20251231").has_value());   // 56 years
}

// 800 articles over four years (some undated): every range finds what the day values find.
TEST(DateTerms, RangesFindWhatTheDayValuesFind) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  DocumentCodec codec;
  std::mt19937 random(7);
  for (int i = 0; i < 800; ++i) {
    Article a;
    a.id = "a";  // appended: GCC 12 warns (-Wrestrict) about "a" + std::to_string(i)
    a.id.append(std::to_string(i));
    a.path = a.source_file = a.id;
    a.title = "Notice";
    a.body = "The harbour stayed closed.";
    if (i % 9 != 0) {
      const auto day = std::chrono::sys_days{std::chrono::year{2022} / 12 / 1} +
                       std::chrono::days{random() % 1200};
      const std::chrono::year_month_day ymd{day};
      a.date = make_timestamp(int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
    }
    db.add_document(codec.encode(a, FileStamp{}));
  }
  const auto found = [&db](const Xapian::Query& q) {
    Xapian::Enquire enquire(db);
    enquire.set_query(q);
    std::vector<Xapian::docid> ids;
    const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      ids.push_back(*it);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
  };
  const std::vector<std::pair<std::string, std::string>> ranges = {{"2023", "2023"},
                                                                   {"2023-02", "2023-03"},
                                                                   {"2022-12-31", "2024-01-01"},
                                                                   {"2024-02-29", "2024-02-29"},
                                                                   {"2023-01-15", "2025-02-10"},
                                                                   {"2020", "2030"}};
  for (const auto& [from, to] : ranges) {
    const auto lo = day_span(from);
    const auto hi = day_span(to);
    const Xapian::Query by_values(Xapian::Query::OP_VALUE_RANGE, field(FieldId::kDate).slot,
                                  lo->first, hi->second);
    const std::vector<Xapian::docid> expected = found(by_values);
    EXPECT_FALSE(expected.empty()) << from;
    EXPECT_EQ(found(date_range_query(from, to)), expected) << from << ".." << to;
    EXPECT_EQ(found(date_field_query(from + ".." + to)), expected) << from << ".." << to;
    EXPECT_NE(date_range_query(from, to).get_description().find("XT"), std::string::npos);
  }
}

}  // namespace
}  // namespace news::schema
