// Wire copy as it comes, end to end: stories in a year folder, hard-wrapped at 68
// columns, datelines in capitals with state abbreviations, the "Reuter" sign-off.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_support.hpp"
#include "support/wire_story.hpp"

namespace news::test {
namespace {

using nlohmann::json;

bool contains(const json& list, const std::string& name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

constexpr const char* kVolcker = kVolckerWireStory;

constexpr const char* kRedLion =
    "Red Lion Inns Files Plans Offering\n"
    "\n"
    "PORTLAND, Ore., Feb 26 - Red Lion Inns Limited Partnership said it\n"
    "filed a registration statement for a eurobond due July 15, 1992, to\n"
    "be sold through underwriters led by Morgan Stanley.\n"
    "(Reporting by Jane Doe; Editing by John Roe)\n"
    " Reuter\n";

constexpr const char* kFarmington =
    "Ensource Sees Higher Profit\n"
    "\n"
    "FARMINGTON, Conn., FEb 26 - Ensource Inc said it expects higher\n"
    "profits this year after selling its oil and gas properties.\n"
    " Reuter\n";

class WireCopy : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(m_dir.path() / "wire" / "1987" / "volcker.txt", kVolcker);
    write_file(m_dir.path() / "wire" / "1987" / "red-lion.txt", kRedLion);
    write_file(m_dir.path() / "wire" / "1987" / "farmington.txt", kFarmington);
  }
  std::map<std::string, json> extract() {
    const CommandResult r = newsindex({"--extract", m_dir / "wire"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return extracted(r.out);
  }
  TempDir m_dir;
};

TEST_F(WireCopy, WrappedNamesDatelinePlacesAndNoSignOffs) {
  auto articles = extract();
  const json& volcker = articles.at("1987/volcker.txt");
  EXPECT_TRUE(contains(volcker["persons"], "Paul Volcker")) << volcker["persons"];
  EXPECT_FALSE(contains(volcker["persons"], "Paul")) << volcker["persons"];
  EXPECT_FALSE(contains(volcker["persons"], "Reuter")) << volcker["persons"];
  EXPECT_FALSE(contains(volcker["persons"], "Denver")) << volcker["persons"];
  EXPECT_TRUE(contains(volcker["places"], "Denver")) << volcker["places"];
  EXPECT_FALSE(contains(volcker["places"], "DENVER")) << volcker["places"];
  // The body is stored as it came: capitals, line breaks and sign-off kept.
  EXPECT_NE(volcker["body"].get<std::string>().find("DENVER, Feb 26"), std::string::npos);
  EXPECT_NE(volcker["body"].get<std::string>().find("Paul\nVolcker"), std::string::npos);

  const json& red_lion = articles.at("1987/red-lion.txt");
  EXPECT_FALSE(contains(red_lion["persons"], "Jane Doe")) << red_lion["persons"];
  EXPECT_FALSE(contains(red_lion["persons"], "John Roe")) << red_lion["persons"];
  EXPECT_TRUE(contains(red_lion["places"], "Portland")) << red_lion["places"];
}

TEST_F(WireCopy, DatelinesDateTheStoryNotADueDate) {
  auto articles = extract();
  for (const char* id : {"1987/volcker.txt", "1987/red-lion.txt", "1987/farmington.txt"}) {
    const json& a = articles.at(id);
    ASSERT_TRUE(a["date"].is_string()) << id;
    EXPECT_EQ(a["date"].get<std::string>().substr(0, 10), "1987-02-26") << id;
    EXPECT_EQ(a["date_source"], "dateline") << id;
    EXPECT_DOUBLE_EQ(a["date_confidence"].get<double>(), 0.5) << id;
  }
}

TEST_F(WireCopy, PersonSearchFindsTheWrappedName) {
  const std::string db = m_dir / "index.db";
  ASSERT_EQ(newsindex({"--db", db, m_dir / "wire"}).exit_code, 0);
  const CommandResult r =
      newsquery({"--db", db, "--format", "jsonl", "--all", "--person", "Paul Volcker"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(line_count(r.out), 1U) << r.out;
  EXPECT_NE(r.out.find("1987/volcker.txt"), std::string::npos) << r.out;
  const CommandResult reuter =
      newsquery({"--db", db, "--format", "jsonl", "--all", "--person", "Reuter"});
  EXPECT_EQ(line_count(reuter.out), 0U) << reuter.out;
}

}  // namespace
}  // namespace news::test
