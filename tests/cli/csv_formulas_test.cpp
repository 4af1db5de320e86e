// CSV output never carries a cell a spreadsheet would run as a formula: search results
// and the entity listing, for an article whose fields start with '=', '+', '-' and '@'.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_support.hpp"

namespace news::test {
namespace {

namespace fs = std::filesystem;

constexpr const char* kTitle = "=HYPERLINK(\"http://evil.example/\",\"Click for the harbour\")";

class CsvFormulas : public IndexedSuite<CsvFormulas> {
 public:
  static void fill(const fs::path& corpus) {
    write_file(corpus / "2025" / "harbour.md",
               "---\n"
               "title: '=HYPERLINK(\"http://evil.example/\",\"Click for the harbour\")'\n"
               "byline: '-2+3'\n"
               "source: '@Harbour Gazette'\n"
               "persons: ['+Jane Formula']\n"
               "date: 2025-10-29\n"
               "---\n"
               "The harbour reopened on Wednesday after a week of storms, the port authority "
               "said, and ferries to the islands resumed their timetable.\n");
  }
};

// The cells of a CSV line without quoted line breaks (enough for these rows).
std::vector<std::string> cells(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (char c : line) {
    if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      out.emplace_back();
    } else if (c != '\r') {
      out.back() += c;
    }
  }
  return out;
}

void expect_no_formula_cell(const std::string& csv) {
  std::istringstream in(csv);
  for (std::string line; std::getline(in, line);) {
    for (const std::string& cell : cells(line)) {
      EXPECT_TRUE(cell.empty() || std::string("=+-@\t\r").find(cell[0]) == std::string::npos)
          << cell;
    }
  }
}

TEST_F(CsvFormulas, SearchResultsStartFormulaCellsWithAQuote) {
  const CommandResult r = query({"--format", "csv", "harbour"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  expect_no_formula_cell(r.out);
  EXPECT_NE(r.out.find(",\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"Click for the "
                       "harbour\"\")\","),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find(",'-2+3,'@Harbour Gazette,"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(",'+Jane Formula,"), std::string::npos) << r.out;
}

TEST_F(CsvFormulas, JsonKeepsTheValuesAsTheyAre) {
  const nlohmann::json j = json_query({"harbour"});
  ASSERT_EQ(j["results"].size(), 1u);
  EXPECT_EQ(j["results"][0]["title"], kTitle);
  EXPECT_EQ(j["results"][0]["byline"], "-2+3");
}

TEST_F(CsvFormulas, EntityListingStartsFormulaCellsWithAQuote) {
  const CommandResult r = newsindex({"--db", db(), "--entities", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  expect_no_formula_cell(r.out);
  EXPECT_NE(r.out.find("person,'+Jane Formula,1,'+Jane Formula (1)"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace news::test
