// The config file seen from the command line: its db is used, --db wins, a bad line stops.
#include <gtest/gtest.h>

#include <cstdlib>

#include "cli_support.hpp"

namespace news::test {
namespace {

constexpr const char* kArticle = "pakistan-afghanistan-talks.txt";

class ConfigFileCli : public ::testing::Test {
 protected:
  void SetUp() override { setenv("NEWSINDEX_CONFIG", (m_dir / "config").c_str(), 1); }
  void TearDown() override { setenv("NEWSINDEX_CONFIG", "", 1); }
  void config(const std::string& text) { write_file(m_dir.path() / "config", text); }
  TempDir m_dir;
};

TEST_F(ConfigFileCli, ConfigDbIsUsedAndDbOptionWins) {
  const std::string db = m_dir / "from-config.db";
  config("db = " + db + "\n[newsindex]\nquiet = true\njobs = 1\n[newsquery]\nformat = csv\n");
  const CommandResult indexed = newsindex({(sample_corpus() / kArticle).string()});
  EXPECT_EQ(indexed.exit_code, 0) << indexed.err;
  EXPECT_TRUE(std::filesystem::exists(db));

  const CommandResult found = newsquery({"Taliban"});
  ASSERT_EQ(found.exit_code, 0) << found.err;
  EXPECT_EQ(found.out.rfind("rank,", 0), 0u) << found.out;  // format = csv from the config

  const CommandResult text = newsquery({"--format", "text", "Taliban"});
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_EQ(text.out.find("rank,"), std::string::npos);

  const CommandResult elsewhere = newsquery({"--db", m_dir / "other.db", "Taliban"});
  EXPECT_EQ(elsewhere.exit_code, 3) << elsewhere.err;  // --db wins: no index there
  EXPECT_NE(elsewhere.err.find("other.db"), std::string::npos) << elsewhere.err;
}

TEST_F(ConfigFileCli, BadLineIsAOneLineUsageError) {
  config("# defaults\n[newsquery]\nlimt = 5\n");  // a misspelt key
  const CommandResult r = newsquery({"Taliban"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("newsquery: error: " + (m_dir / "config") + ":3: "), std::string::npos)
      << r.err;
  const CommandResult index = newsindex({"--extract", (sample_corpus() / kArticle).string()});
  EXPECT_EQ(index.exit_code, 0) << "the [newsquery] line is not newsindex's: " << index.err;
}

TEST_F(ConfigFileCli, MissingNamedConfigIsAUsageError) {
  const CommandResult r = newsquery({"Taliban"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no config file"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace news::test
