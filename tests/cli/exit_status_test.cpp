// Exit status for cron: a re-run exits 4 only for new failures. A file that could not be
// read is remembered with its size and mtime; unchanged, it is not read (nor reported)
// again, and the summary says how many such files remain.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "cli_support.hpp"

namespace news::test {
namespace {

namespace fs = std::filesystem;

long known_failures(const std::string& out) {
  std::smatch m;
  static const std::regex re("(\\d+) files? that could not be read before");
  return std::regex_search(out, m, re) ? std::stol(m[1]) : 0;
}

class ExitStatus : public ::testing::Test {
 protected:
  void SetUp() override { copy_tree(sample_corpus() / "broken", corpus()); }
  std::string db() const { return m_dir / "index.db"; }
  fs::path corpus() const { return m_dir.path() / "broken"; }
  CommandResult index() const { return newsindex({"--db", db(), corpus().string()}); }

  TempDir m_dir;
};

TEST_F(ExitStatus, ReRunWithNothingNewExits0AndCountsKnownFailures) {
  const CommandResult first = index();
  ASSERT_EQ(first.exit_code, 4) << first.err;
  const CommandResult again = index();
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(known_failures(again.out), 6) << again.out;
  EXPECT_EQ(lines_with(again.err, "empty.txt"), 0u) << again.err;
}

TEST_F(ExitStatus, ChangedFileThatStillFailsIsNewAgain) {
  ASSERT_EQ(index().exit_code, 4);
  write_file(corpus() / "empty.txt", "   \n\t\n");  // now white space only: still unreadable
  const CommandResult r = index();
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_EQ(lines_with(r.err, "empty.txt"), 1u) << r.err;
  EXPECT_EQ(known_failures(r.out), 5) << r.out;
  EXPECT_EQ(index().exit_code, 0);
}

TEST_F(ExitStatus, RepairedOrRemovedFilesAreForgotten) {
  ASSERT_EQ(index().exit_code, 4);
  write_file(corpus() / "empty.txt", "Now a headline\n\nAnd a story about Lisbon.\n");
  fs::remove(corpus() / "binary.txt");
  const CommandResult r = index();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(known_failures(r.out), 4) << r.out;
  EXPECT_EQ(known_failures(index().out), 4);
}

// A file that cannot even be opened is not remembered: making it readable (chmod changes
// neither its size nor its mtime) must get it indexed on the next run.
TEST_F(ExitStatus, UnopenableFileIsTriedAgain) {
  if (!can_run_unprivileged()) {
    GTEST_SKIP() << "running as root and uid 65534 cannot run the programs (setpriv missing or "
                    "build unreachable): every file can be opened";
  }
  const fs::path story = m_dir.path() / "open" / "story.txt";
  write_file(story, "A headline\n\nA story about the harbour in Lisbon.\n");
  open_to_everyone(m_dir.path());
  fs::permissions(story, fs::perms::none);
  const std::vector<std::string> args = {NEWSINDEX_BIN, "--db", db(), (m_dir / "open")};
  EXPECT_EQ(run_unprivileged(args).exit_code, 4);
  fs::permissions(story, fs::perms::all);
  const CommandResult r = run_unprivileged(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("1 new"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace news::test
