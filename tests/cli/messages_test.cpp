// Messages that say what is wrong: a read-only index, an output path that is a folder or
// in a missing folder, and a query that fails half-way leaving no partial output file.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "cli_support.hpp"

namespace news::test {
namespace {

namespace fs = std::filesystem;

class Messages : public ::testing::Test {
 protected:
  void SetUp() override {
    copy_tree(sample_corpus() / "world", m_dir.path() / "world");
    ASSERT_EQ(newsindex({"--db", db(), m_dir / "world"}).exit_code, 0);
  }
  std::string db() const { return m_dir / "index.db"; }

  TempDir m_dir;
};

TEST_F(Messages, ReadOnlyIndexIsNotCalledLocked) {
  if (!can_run_unprivileged()) {
    GTEST_SKIP() << "running as root and uid 65534 cannot run the programs (setpriv missing or "
                    "build unreachable): every index is writable";
  }
  open_to_everyone(m_dir.path());
  for (const auto& entry : fs::recursive_directory_iterator(db())) {
    fs::permissions(entry.path(), fs::perms::others_write, fs::perm_options::remove);
  }
  fs::permissions(db(), fs::perms::others_write, fs::perm_options::remove);
  const CommandResult r = run_unprivileged({NEWSINDEX_BIN, "--db", db(), m_dir / "world"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_EQ(r.err.find("locked"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("cannot write the index at " + db()), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Permission denied"), std::string::npos) << r.err;
  // Searching it is fine.
  EXPECT_EQ(run_unprivileged({NEWSQUERY_BIN, "--db", db(), "--count", "talks"}).exit_code, 0);
}

TEST_F(Messages, OutputThatIsAFolderSaysSo) {
  const CommandResult r = newsquery({"--db", db(), "-o", m_dir / "world", "--force", "talks"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("cannot write " + m_dir / "world" + ": it is a folder"), std::string::npos)
      << r.err;
}

TEST_F(Messages, OutputInAMissingFolderSaysWhy) {
  const std::string out = m_dir / "nonexistent/x.csv";
  const CommandResult r = newsquery({"--db", db(), "-o", out, "talks"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("cannot write " + out + ": the folder " + m_dir / "nonexistent" +
                       " does not exist"),
            std::string::npos)
      << r.err;
}

// 1100 articles fill more than two pages of results; one block of stored data in the
// middle is overwritten with zeros (and the recorded table sizes removed, so that the
// damage is met only while the results are written).
TEST(FailedQuery, LeavesNoOutputFile) {
  TempDir dir;
  for (int i = 1; i <= 1100; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "s%04d.txt", i);
    write_file(dir.path() / "c" / name, "Story number " + std::to_string(i) + "\n\nThe story " +
                                            std::to_string(i) + " about Berlin " +
                                            std::string(600, 'w') + ".\n");
  }
  const std::string db = dir / "db";
  ASSERT_EQ(newsindex({"--db", db, "--writers", "1", "--quiet", dir / "c"}).exit_code, 0);
  const fs::path tables =
      fs::exists(fs::path(db) / "gen-1") ? fs::path(db) / "gen-1" : fs::path(db);
  const fs::path data = tables / "docdata.glass";
  fs::remove(tables / "newsindex-sizes");
  {
    std::fstream f(data, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(std::streamoff(fs::file_size(data) / 8192 * 3 / 4 * 8192));
    f << std::string(8192, '\0');
  }
  const std::string out = dir / "out.csv";
  const CommandResult r =
      newsquery({"--db", db, "--all", "--sort", "oldest", "--format", "csv", "-o", out, "story"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("is damaged"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out));
  EXPECT_FALSE(fs::exists(out + ".partial"));
}

}  // namespace
}  // namespace news::test
