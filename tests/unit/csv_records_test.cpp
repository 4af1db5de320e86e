// CSV and TSV files as article records: header names, lists, ids and broken rows.
#include <gtest/gtest.h>

#include <memory>

#include "readers/record_readers.hpp"

namespace news {
namespace {

RawItem item_of(std::string bytes, std::string name = "feed.csv") {
  RawItem item;
  item.id = name;
  item.path = name;
  item.source_file = name;
  item.name = name;
  item.bytes = std::move(bytes);
  item.field_map = std::make_shared<const FieldMap>();
  return item;
}

TEST(CsvRecords, HeaderNamesTheFields) {
  const ReadResult r = read_csv_file(item_of(
      "\xEF\xBB\xBFHeadline,Body,Published,Byline,Link,People\r\n"
      "\"Ferry, delayed\",\"Line one\r\nline \"\"two\"\"\",2025-10-29,Ann Lee,https://e.org/f,"
      "Ann Lee; Bo Sand\r\n"));
  ASSERT_EQ(r.articles.size(), 1u) << (r.errors.empty() ? "" : r.errors[0]);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.title, "Ferry, delayed");
  EXPECT_EQ(a.body, "Line one\nline \"two\"");
  EXPECT_EQ(to_iso8601(*a.date), "2025-10-29");
  EXPECT_EQ(a.byline, "Ann Lee");
  EXPECT_EQ(a.id, "feed.csv#https://e.org/f");
  EXPECT_EQ(a.persons, (std::vector<std::string>{"Ann Lee", "Bo Sand"}));
}

struct RowCase {
  const char* name;
  std::string text;
  std::size_t articles;
  std::string error;  // the one error expected, or ""
};

TEST(CsvRecords, BadRowsAreNamedByLine) {
  const RowCase cases[] = {
      {"stray quote", "title,text\nA,x\nB \"b,y\nC,z\n", 2,
       "line 3: stray quote in unquoted field 1; record skipped"},
      {"too few fields", "title,text\nA\nB,y\n", 1,
       "line 2: 1 fields where the header has 2; record skipped"},
      {"no text", "title,text\n,\nB,y\n", 1, "line 2: no title or text; record skipped"},
      {"numbered ids", "title,text\nA,x\nB,y\n", 2, ""},
  };
  for (const RowCase& c : cases) {
    const ReadResult r = read_csv_file(item_of(c.text));
    EXPECT_EQ(r.articles.size(), c.articles) << c.name;
    ASSERT_EQ(r.errors.size(), c.error.empty() ? 0u : 1u) << c.name;
    if (!c.error.empty()) {
      EXPECT_EQ(r.errors[0], c.error) << c.name;
    }
  }
  const ReadResult r = read_csv_file(item_of("title,text\nA,x\nB,y\n"));
  EXPECT_EQ(r.articles[1].id, "feed.csv#2");
}

TEST(CsvRecords, TsvIsTabSeparated) {
  const ReadResult r =
      read_tsv_file(item_of("title\ttext\tdate\nA \"quoted\" word\tx, y\t1761732000\n", "f.tsv"));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title, "A \"quoted\" word");
  EXPECT_EQ(r.articles[0].body, "x, y");
  EXPECT_EQ(to_iso8601(*r.articles[0].date), "2025-10-29T10:00:00Z");
}

TEST(CsvRecords, FilesWithoutRecordsAreReadErrors) {
  for (const char* text : {"", "title,text\n", "\"never closed\n"}) {
    EXPECT_THROW(read_csv_file(item_of(text)), ReadError) << text;
  }
}

}  // namespace
}  // namespace news
