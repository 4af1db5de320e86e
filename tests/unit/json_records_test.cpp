// JSON and JSON Lines records, and the mapping of record keys to article fields.
#include <gtest/gtest.h>

#include <memory>

#include "readers/record_readers.hpp"
#include "records/json_records.hpp"

namespace news {
namespace {

RawItem item_of(std::string bytes, FieldMap map = {}) {
  RawItem item;
  item.id = "feed.json";
  item.path = "corpus/feed.json";
  item.source_file = "feed.json";
  item.name = "feed.json";
  item.bytes = std::move(bytes);
  item.field_map = std::make_shared<const FieldMap>(std::move(map));
  return item;
}

struct ShapeCase {
  const char* name;
  std::string text;
  std::size_t records;
};

TEST(JsonRecords, AcceptsEveryDocumentShape) {
  const ShapeCase cases[] = {
      {"one object", R"({"title": "A", "text": "x"})", 1},
      {"array", R"([{"title": "A"}, {"title": "B"}])", 2},
      {"articles key", R"({"status": "ok", "articles": [{"title": "A"}]})", 1},
      {"items key", R"({"items": [{"title": "A"}, {"title": "B"}]})", 2},
      {"Data key any case", R"({"Data": [{"title": "A"}]})", 1},
      {"results key", R"({"count": 3, "results": [{"title": "A"}]})", 1},
      {"json lines in .json", "{\"title\": \"A\"}\n{\"title\": \"B\"}\n", 2},
  };
  for (const ShapeCase& c : cases) {
    EXPECT_EQ(json_records(c.text).size(), c.records) << c.name;
  }
}

TEST(JsonRecords, TextThatIsNotJsonIsAReadError) {
  for (const char* text : {"Hello, world", "<html></html>", "{\"title\": ", "42"}) {
    EXPECT_THROW(json_records(text), ReadError) << text;
  }
}

TEST(JsonRecords, EachBadLineIsNamedAndTheRestRead) {
  const auto records = json_lines_records("{\"title\":\"A\"}\n{oops\n\n[1]\n{\"title\":\"B\"}\n");
  ASSERT_EQ(records.size(), 4u);
  EXPECT_TRUE(records[0].record);
  EXPECT_EQ(records[1].label, "line 2");
  EXPECT_NE(records[1].error.find("invalid JSON"), std::string::npos) << records[1].error;
  EXPECT_EQ(records[2].label, "line 4");
  EXPECT_NE(records[2].error.find("not a JSON object"), std::string::npos);
  EXPECT_EQ(records[3].label, "line 5");
  EXPECT_TRUE(records[3].record);
}

struct FieldCase {
  const char* name;
  std::string json;
  FieldMap map;
  std::string title, body, date, byline, source, url, id;
};

TEST(JsonRecords, MapsCommonKeysAndUserKeys) {
  const FieldCase cases[] = {
      {"common names",
       R"({"title":"T","body":"B","date":"2025-10-29","author":"Ann",
        "source":"S","url":"https://e.org/a","id":"7"})",
       {},
       "T",
       "B",
       "2025-10-29",
       "Ann",
       "S",
       "https://e.org/a",
       "feed.json#7"},
      {"aliases, any case",
       R"({"Headline":"T","articleBody":"B","datePublished":
        "2025-10-29T10:00:00Z","authors":["Ann","Bo"],"Publisher":{"name":"S"},"link":"L"})",
       {},
       "T",
       "B",
       "2025-10-29T10:00:00Z",
       "Ann; Bo",
       "S",
       "L",
       "feed.json#L"},
      {"snake case",
       R"({"name":"T","article_body":"B","published_at":"2025-10-29",
        "byline":"Ann","outlet":"S","permalink":"P","guid":"g1"})",
       {},
       "T",
       "B",
       "2025-10-29",
       "Ann",
       "S",
       "P",
       "feed.json#g1"},
      {"epoch seconds",
       R"({"title":"T","content":"B","timestamp":1761732000})",
       {},
       "T",
       "B",
       "2025-10-29T10:00:00Z",
       "",
       "",
       "",
       "feed.json#1"},
      {"description only without body",
       R"({"title":"T","description":"D"})",
       {},
       "T",
       "D",
       "",
       "",
       "",
       "",
       "feed.json#1"},
      {"body wins over description",
       R"({"title":"T","description":"D","text":"B"})",
       {},
       "T",
       "B",
       "",
       "",
       "",
       "",
       "feed.json#1"},
      {"user map",
       R"({"hed":"T","copy":"B","when":"29 October 2025","title":"not this"})",
       {{"title", "hed"}, {"body", "copy"}, {"date", "when"}},
       "T",
       "B",
       "2025-10-29",
       "",
       "",
       "",
       "feed.json#1"},
  };
  for (const FieldCase& c : cases) {
    const ReadResult r = read_json_file(item_of(c.json, c.map));
    ASSERT_EQ(r.articles.size(), 1u) << c.name;
    const Article& a = r.articles[0];
    EXPECT_EQ(a.title, c.title) << c.name;
    EXPECT_EQ(a.body, c.body) << c.name;
    EXPECT_EQ(a.date ? to_iso8601(*a.date) : "", c.date) << c.name;
    EXPECT_EQ(a.date_source, c.date.empty() ? "none" : "metadata") << c.name;
    EXPECT_EQ(a.byline, c.byline) << c.name;
    EXPECT_EQ(a.source, c.source) << c.name;
    EXPECT_EQ(a.url, c.url) << c.name;
    EXPECT_EQ(a.id, c.id) << c.name;
    EXPECT_EQ(a.source_file, "feed.json") << c.name;
  }
}

TEST(JsonRecords, EntityListsAreTakenAsGiven) {
  const ReadResult r = read_json_file(item_of(
      R"({"title":"T","text":"B","people":["Ann Lee"],"organizations":"Acme; Blip",
          "locations":["Oslo"],"keywords":["ports","ferries"]})"));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].persons, std::vector<std::string>{"Ann Lee"});
  EXPECT_EQ(r.articles[0].orgs, (std::vector<std::string>{"Acme", "Blip"}));
  EXPECT_EQ(r.articles[0].places, std::vector<std::string>{"Oslo"});
  EXPECT_EQ(r.articles[0].tags, (std::vector<std::string>{"ports", "ferries"}));
}

TEST(JsonRecords, RecordWithoutTextIsAnErrorAndIdsStayUnique) {
  const ReadResult r = read_json_file(
      item_of(R"([{"title":"A","url":"u"},{"title":"","text":" "},{"title":"B","url":"u"}])"));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].id, "feed.json#u");
  EXPECT_EQ(r.articles[1].id, "feed.json#3");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0], "record 2: no title or text; record skipped");
}

TEST(JsonRecords, UnreadableDateIsAWarning) {
  const ReadResult r = read_json_file(item_of(R"({"title":"T","date":"last spring"})"));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_FALSE(r.articles[0].date);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("last spring"), std::string::npos);
}

// Regression: a date of dots only, or a number too large for a double, aborted the reader
// (std::stod threw past it); numbers beyond year 9999 overflowed the cast.
TEST(JsonRecords, DatesOfDigitsAndDotsThatAreNoEpochAreWarnings) {
  const std::string huge(400, '9');
  for (const std::string& date : {std::string("."), std::string(".."), std::string("1.2.3"), huge,
                                  std::string("99999999999999999999")}) {
    const ReadResult r = read_json_file(item_of(R"({"title":"T","date":")" + date + R"("})"));
    ASSERT_EQ(r.articles.size(), 1u) << date;
    EXPECT_FALSE(r.articles[0].date) << date;
    EXPECT_EQ(r.warnings.size(), 1u) << date;
  }
  const ReadResult ms = read_json_file(item_of(R"({"title":"T","date":"1761732000000.5"})"));
  ASSERT_TRUE(ms.articles[0].date);
  EXPECT_EQ(ms.articles[0].date->utc.time_since_epoch().count(), 1761732000);
}

}  // namespace
}  // namespace news
