// --batch files: one request per line, or CSV rows with a query column and carried
// columns; bad rows are lines in error, not the end of the batch.
#include <gtest/gtest.h>

#include <random>

#include "batch_search.hpp"
#include "error.hpp"
#include "support/temp_dir.hpp"

namespace news {
namespace {

TEST(BatchReading, PlainLinesSkipBlanksAndComments) {
  const BatchFile f =
      parse_batch("\xEF\xBB\xBFvolcker\r\n\n# a comment\n  \nperson:asif\nlast", false);
  ASSERT_EQ(f.lines.size(), 3u);
  EXPECT_TRUE(f.columns.empty());
  EXPECT_EQ(f.lines[0].query, "volcker");
  EXPECT_EQ(f.lines[0].line, 1u);
  EXPECT_EQ(f.lines[1].query, "person:asif");
  EXPECT_EQ(f.lines[1].line, 5u);
  EXPECT_EQ(f.lines[2].query, "last");
  EXPECT_EQ(f.lines[2].line, 6u);
  for (const BatchLine& l : f.lines) {
    EXPECT_EQ(l.error, "");
  }
}

TEST(BatchReading, CsvCarriesTheOtherColumnsInOrder) {
  const BatchFile f =
      parse_batch("label,Query,group\nA,volcker,x\n\"B, b\",\"\"\"open war\"\"\",y\n", true);
  EXPECT_EQ(f.columns, (std::vector<std::string>{"label", "group"}));
  ASSERT_EQ(f.lines.size(), 2u);
  EXPECT_EQ(f.lines[0].query, "volcker");
  EXPECT_EQ(f.lines[0].carried, (std::vector<std::string>{"A", "x"}));
  EXPECT_EQ(f.lines[1].query, "\"open war\"");
  EXPECT_EQ(f.lines[1].carried, (std::vector<std::string>{"B, b", "y"}));
  EXPECT_EQ(f.lines[1].line, 3u);
}

TEST(BatchReading, BadCsvRowsAreLinesInErrorAndTheRestIsRead) {
  const BatchFile f = parse_batch("label,query\nA,one\nB,two,extra\nC\"x,three\nD,four\n", true);
  ASSERT_EQ(f.lines.size(), 4u);
  EXPECT_EQ(f.lines[0].error, "");
  EXPECT_NE(f.lines[1].error, "");
  EXPECT_EQ(f.lines[1].line, 3u);
  EXPECT_NE(f.lines[2].error, "");
  EXPECT_EQ(f.lines[2].line, 4u);
  EXPECT_EQ(f.lines[3].query, "four");
  EXPECT_EQ(f.lines[3].carried, (std::vector<std::string>{"D"}));
  EXPECT_EQ(f.lines[3].error, "");
}

TEST(BatchReading, CsvWithoutAQueryColumnIsAUsageError) {
  try {
    parse_batch("label,name\nA,b\n", true);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kUsage);
  }
  EXPECT_TRUE(parse_batch("", true).lines.empty());
}

TEST(BatchReading, ArbitraryBytesGiveLinesOrAUsageErrorNeverACrash) {
  std::mt19937 random(9);
  const std::string alphabet = std::string("query,\"\r\n#\t ab\xEF\xBB\xBF\xFF", 18) + '\0';
  for (int round = 0; round < 2000; ++round) {
    std::string text = round % 2 == 0 ? "query,label\n" : "";
    const std::size_t size = random() % 200;
    for (std::size_t i = 0; i < size; ++i) {
      text.push_back(alphabet[random() % alphabet.size()]);
    }
    for (const bool csv : {true, false}) {
      try {
        for (const BatchLine& line : parse_batch(text, csv).lines) {
          EXPECT_GE(line.line, 1u);
          EXPECT_TRUE(csv || !line.query.empty());
        }
      } catch (const Error& e) {
        EXPECT_TRUE(csv);
        EXPECT_EQ(e.code(), ExitCode::kUsage);
      }
    }
  }
}

TEST(BatchReading, FilesEndingInCsvAreTablesAndMissingFilesUsageErrors) {
  test::TempDir tmp;
  test::write_file(tmp.path() / "names.CSV", "query,label\nvolcker,v\n");
  test::write_file(tmp.path() / "names.txt", "query,label\nvolcker,v\n");
  EXPECT_EQ(read_batch_file(tmp / "names.CSV").lines.at(0).query, "volcker");
  EXPECT_EQ(read_batch_file(tmp / "names.txt").lines.at(0).query, "query,label");
  EXPECT_THROW(read_batch_file(tmp / "none.txt"), Error);
  EXPECT_THROW(read_batch_file(tmp.path().string()), Error);
}

}  // namespace
}  // namespace news
