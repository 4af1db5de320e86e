// --compact end to end: it holds the write lock throughout (a second run meanwhile is
// refused, not lost), and a crash at any step leaves an index that answers queries, is
// cleaned up by the next run and can be compacted again.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <regex>

#include "cli_support.hpp"

namespace news::test {
namespace {

namespace fs = std::filesystem;

class Compaction : public ::testing::Test {
 protected:
  void SetUp() override {
    copy_tree(sample_corpus() / "world", m_dir.path() / "world");
    copy_tree(sample_corpus() / "business", m_dir.path() / "business");
    // Three shards: compaction makes them one database.
    const CommandResult r = newsindex({"--db", db(), "--writers", "3", m_dir / "world"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    m_articles = summary_count(r.out, "new");
    ASSERT_GT(m_articles, 0);
  }
  std::string db() const { return m_dir / "index.db"; }
  long count() const {
    const CommandResult r =
        newsquery({"--db", db(), "--count", "date:..", "OR", "datesource:none"});
    return r.exit_code == 0 || r.exit_code == 1 ? std::stol(r.out) : -1;
  }
  std::size_t generations() const {
    std::size_t n = 0;
    for (const auto& entry : fs::directory_iterator(db())) {
      n += entry.path().filename().string().starts_with("gen-") ? 1 : 0;
    }
    return n;
  }

  TempDir m_dir;
  long m_articles = 0;
};

TEST_F(Compaction, SecondRunDuringCompactionIsRefusedNotLost) {
  int pid = 0;
  {
    StopAt pause("pause:compacted");
    pid = start({NEWSINDEX_BIN, "--db", db(), "--compact", m_dir / "world"});
  }
  ASSERT_TRUE(wait_until_stopped(pid));
  const CommandResult second = newsindex({"--db", db(), m_dir / "business"});
  resume(pid);
  EXPECT_EQ(wait_for(pid), 0);
  EXPECT_EQ(second.exit_code, 3) << second.out << second.err;
  EXPECT_NE(second.err.find("locked by another newsindex"), std::string::npos) << second.err;
  EXPECT_EQ(count(), m_articles);
  const CommandResult again = newsindex({"--db", db(), m_dir / "business"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(count(), m_articles + summary_count(again.out, "new"));
}

class CompactionCrash : public Compaction, public ::testing::WithParamInterface<const char*> {};

TEST_P(CompactionCrash, LeavesAWorkingIndexThatRecovers) {
  {
    StopAt kill(GetParam());
    const CommandResult crashed = newsindex({"--db", db(), "--compact", m_dir / "world"});
    ASSERT_EQ(crashed.exit_code, 128 + 9) << crashed.err;
  }
  EXPECT_EQ(count(), m_articles);
  const CommandResult next = newsindex({"--db", db(), m_dir / "world"});
  ASSERT_EQ(next.exit_code, 0) << next.err;
  EXPECT_EQ(summary_count(next.out, "new"), 0) << next.out;
  EXPECT_EQ(summary_count(next.out, "unchanged"), m_articles) << next.out;
  EXPECT_EQ(generations(), 1u);
  EXPECT_FALSE(fs::exists(fs::path(db()) / "XAPIANDB.tmp"));
  const CommandResult compact = newsindex({"--db", db(), "--compact", m_dir / "world"});
  ASSERT_EQ(compact.exit_code, 0) << compact.err;
  EXPECT_NE(compact.out.find("compacted"), std::string::npos) << compact.out;
  EXPECT_EQ(count(), m_articles);
  EXPECT_EQ(generations(), 1u);
}

INSTANTIATE_TEST_SUITE_P(EveryStep, CompactionCrash,
                         ::testing::Values("compact-start", "sizes-written", "compacted",
                                           "stub-written", "switched", "old-removed"),
                         [](const auto& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace news::test
