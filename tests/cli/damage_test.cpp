// A damaged index (a table file cut short) is reported by every command that opens it,
// with exit status 3, `newsindex --check` named, and how to rebuild.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "cli_support.hpp"

namespace news::test {
namespace {

namespace fs = std::filesystem;

class DamagedIndex : public ::testing::TestWithParam<const char*> {
 protected:
  void SetUp() override {
    copy_tree(sample_corpus() / "world", m_dir.path() / "world");
    const CommandResult r = newsindex({"--db", db(), m_dir / "world"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  std::string db() const { return m_dir / "index.db"; }
  fs::path table(const std::string& name) const {
    std::ifstream stub(fs::path(db()) / "XAPIANDB");
    std::string backend, generation;
    stub >> backend >> generation;  // no stub: the tables are in the folder itself
    return fs::path(db()) / generation / (name + ".glass");
  }
  void cut_short(const std::string& name) const {
    const fs::path p = table(name);
    fs::resize_file(p, fs::file_size(p) / 2);
  }

  TempDir m_dir;
};

void expect_damage_reported(const CommandResult& r, const std::string& db) {
  EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
  EXPECT_NE(r.err.find("index at " + db + " is damaged"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("newsindex --check --db " + db), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("to rebuild, remove " + db), std::string::npos) << r.err;
}

TEST_P(DamagedIndex, EveryCommandSaysSoAndExits3) {
  const CommandResult whole = newsindex({"--db", db(), "--check"});
  EXPECT_EQ(whole.exit_code, 0) << whole.out << whole.err;
  EXPECT_NE(whole.out.find("is whole"), std::string::npos) << whole.out;
  cut_short(GetParam());
  expect_damage_reported(newsquery({"--db", db(), "talks"}), db());
  expect_damage_reported(newsquery({"--db", db(), "--count", "talks"}), db());
  expect_damage_reported(newsindex({"--db", db(), m_dir / "world"}), db());
  const CommandResult check = newsindex({"--db", db(), "--check"});
  EXPECT_EQ(check.exit_code, 3) << check.out << check.err;
  EXPECT_NE(check.out.find("damaged"), std::string::npos) << check.out;
  EXPECT_NE(check.err.find("rebuild it: remove " + db()), std::string::npos) << check.err;
}

// Without the recorded table sizes (an index copied without them, say), newsindex still
// finds a table cut short by reading a little of every table when it opens the index.
TEST_P(DamagedIndex, FoundByReadingWhenSizesAreNotRecorded) {
  fs::remove(table(GetParam()).parent_path() / "newsindex-sizes");
  cut_short(GetParam());
  expect_damage_reported(newsindex({"--db", db(), m_dir / "world"}), db());
}

INSTANTIATE_TEST_SUITE_P(Tables, DamagedIndex,
                         ::testing::Values("position", "termlist", "postlist", "docdata"));

}  // namespace
}  // namespace news::test
