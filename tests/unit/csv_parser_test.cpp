// RFC 4180 parsing: quoting, doubled quotes, line breaks in fields, CRLF, stray quotes.
#include <gtest/gtest.h>

#include "csv_parser.hpp"

namespace news {
namespace {

using Fields = std::vector<std::string>;

struct CsvCase {
  const char* name;
  std::string text;
  std::vector<Fields> rows;  // rows expected without error, in order
};

TEST(CsvParser, WellFormedInputs) {
  const CsvCase cases[] = {
      {"plain", "a,b,c\n1,2,3\n", {{"a", "b", "c"}, {"1", "2", "3"}}},
      {"no final newline", "a,b\n1,2", {{"a", "b"}, {"1", "2"}}},
      {"crlf", "a,b\r\n1,2\r\n", {{"a", "b"}, {"1", "2"}}},
      {"quoted comma", "a,b\n\"x, y\",z\n", {{"a", "b"}, {"x, y", "z"}}},
      {"doubled quotes", "a\n\"say \"\"hi\"\"\"\n", {{"a"}, {"say \"hi\""}}},
      {"newline in quotes", "a,b\n\"one\ntwo\",3\n", {{"a", "b"}, {"one\ntwo", "3"}}},
      {"empty fields", "a,b,c\n,,\n", {{"a", "b", "c"}, {"", "", ""}}},
      {"empty quoted", "a,b\n\"\",x\n", {{"a", "b"}, {"", "x"}}},
      {"blank lines skipped", "a\n\n1\n\n", {{"a"}, {"1"}}},
      {"lone cr kept in field", "a\nx\ry\n", {{"a"}, {"x\ry"}}},
  };
  for (const CsvCase& c : cases) {
    const std::vector<CsvRow> rows = parse_csv(c.text, ',', true);
    ASSERT_EQ(rows.size(), c.rows.size()) << c.name;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      EXPECT_EQ(rows[i].error, "") << c.name;
      EXPECT_EQ(rows[i].fields, c.rows[i]) << c.name << " row " << i;
    }
  }
}

TEST(CsvParser, RowsKnowTheLineTheyStartOn) {
  const std::vector<CsvRow> rows = parse_csv("h1,h2\n\"a\nb\nc\",x\n\ny,z\n", ',', true);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].line, 1u);
  EXPECT_EQ(rows[1].line, 2u);
  EXPECT_EQ(rows[2].line, 6u);
}

struct BadCase {
  const char* name;
  std::string text;
  std::size_t bad_row;
  std::string reason_part;
  std::size_t rows_after;  // rows parsed in total, the bad one included
};

TEST(CsvParser, StrayQuotesSpoilOnlyTheirRow) {
  const BadCase cases[] = {
      {"quote in unquoted field", "a,b\nx\"y,1\nok,2\n", 1, "stray quote in unquoted field 1", 3},
      {"text after closing quote", "a,b\n\"x\"y,1\nok,2\n", 1, "after the closing quote", 3},
      {"second field", "a,b\nok,4 \"in\nok,2\n", 1, "unquoted field 2", 3},
      {"never closed", "a,b\nok,1\n\"open,2\n", 2, "never closed", 3},
  };
  for (const BadCase& c : cases) {
    const std::vector<CsvRow> rows = parse_csv(c.text, ',', true);
    ASSERT_EQ(rows.size(), c.rows_after) << c.name;
    EXPECT_NE(rows[c.bad_row].error.find(c.reason_part), std::string::npos)
        << c.name << ": " << rows[c.bad_row].error;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      EXPECT_EQ(rows[i].error.empty(), i != c.bad_row) << c.name << " row " << i;
    }
  }
}

TEST(CsvParser, TabSeparatedTakesQuotesLiterally) {
  const std::vector<CsvRow> rows = parse_csv("a\tb\n\"x\" y\t2\n", '\t', false);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].error, "");
  EXPECT_EQ(rows[1].fields, (Fields{"\"x\" y", "2"}));
}

}  // namespace
}  // namespace news
