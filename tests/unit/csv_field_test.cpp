// CSV cells: RFC 4180 quoting and the formula guard shared by every CSV output.
#include "csv_field.hpp"

#include <gtest/gtest.h>

namespace news {
namespace {

struct CellCase {
  std::string_view value;
  std::string_view cell;
};

TEST(CsvField, QuotesAndNeutralisesFormulas) {
  const CellCase kCases[] = {
      {"plain", "plain"},
      {"", ""},
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"cr\rinside", "\"cr\rinside\""},
      {"=1+2", "'=1+2"},
      {"+33 1 23", "'+33 1 23"},
      {"-5", "'-5"},
      {"@SUM(A1)", "'@SUM(A1)"},
      {"\tindented", "'\tindented"},
      {"\rreturn", "\"'\rreturn\""},
      {"=HYPERLINK(\"http://x\",\"go\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"go\"\")\""},
      {"a=b", "a=b"},
      {"2025-10-29", "2025-10-29"},
      {" =not first", " =not first"},
  };
  for (const CellCase& c : kCases) {
    EXPECT_EQ(csv_field(c.value), c.cell) << c.value;
  }
}

TEST(CsvField, FormulaStartsAreTheOwaspList) {
  for (const char* formula : {"=", "+", "-", "@", "\t", "\r"}) {
    EXPECT_TRUE(starts_like_formula(formula)) << formula;
  }
  for (const char* text : {"", "a", "1", "'=", " -", "\"="}) {
    EXPECT_FALSE(starts_like_formula(text)) << text;
  }
}

}  // namespace
}  // namespace news
