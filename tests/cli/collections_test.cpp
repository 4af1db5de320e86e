// Collections end to end: every folder indexed keeps its own ids (two folders holding the
// same relative path both stay), a moved folder is re-attached without re-reading, and a
// folder that cannot be listed never has its articles deleted.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "cli_support.hpp"

namespace news::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

void write_story(const fs::path& path, const std::string& headline) {
  write_file(path, headline + "\n\nThe story of " + headline + " told in a few words.\n");
}

class Collections : public ::testing::Test {
 protected:
  std::string db() const { return m_dir / "index.db"; }
  // Ids of every article in the index, sorted.
  std::vector<std::string> ids() const {
    const CommandResult r = newsquery({"--db", db(), "--format", "jsonl", "--all", "story"});
    std::vector<std::string> found;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);) {
      found.push_back(json::parse(line)["id"]);
    }
    std::sort(found.begin(), found.end());
    return found;
  }

  TempDir m_dir;
};

TEST_F(Collections, SameRelativePathInTwoFoldersKeepsBothArticles) {
  write_story(m_dir.path() / "a" / "2024" / "x.txt", "Alpha");
  write_story(m_dir.path() / "b" / "2024" / "x.txt", "Beta");
  ASSERT_EQ(newsindex({"--db", db(), m_dir / "a"}).exit_code, 0);
  const CommandResult second = newsindex({"--db", db(), m_dir / "b"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(summary_count(second.out, "new"), 1) << second.out;
  EXPECT_EQ(summary_count(second.out, "updated"), 0) << second.out;
  EXPECT_EQ(ids(), (std::vector<std::string>{"a/2024/x.txt", "b/2024/x.txt"}));
}

TEST_F(Collections, FoldersWithTheSameNameGetUniqueCollections) {
  write_story(m_dir.path() / "one" / "news" / "x.txt", "Alpha");
  write_story(m_dir.path() / "two" / "news" / "x.txt", "Beta");
  const CommandResult first = newsindex({"--db", db(), m_dir / "one/news", m_dir / "two/news"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(lines_with(first.err, "newsindex: note: " + m_dir / "two/news" +
                                      " is the new collection news-2 (news is "),
            1u)
      << first.err;
  EXPECT_EQ(ids(), (std::vector<std::string>{"news-2/x.txt", "news/x.txt"}));
  // Re-running finds each folder's collection again.
  const CommandResult again = newsindex({"--db", db(), m_dir / "two/news"});
  EXPECT_EQ(summary_count(again.out, "unchanged"), 1) << again.out;
  EXPECT_EQ(summary_count(again.out, "deleted"), 0) << again.out;
}

TEST_F(Collections, CollectionOptionNamesTheFolder) {
  write_story(m_dir.path() / "a" / "x.txt", "Alpha");
  ASSERT_EQ(newsindex({"--db", db(), "--collection", "wire", m_dir / "a"}).exit_code, 0);
  EXPECT_EQ(ids(), std::vector<std::string>{"wire/x.txt"});
  write_story(m_dir.path() / "b" / "x.txt", "Beta");
  const CommandResult clash = newsindex({"--db", db(), "--collection", "wire", m_dir / "b"});
  EXPECT_EQ(clash.exit_code, 2) << clash.err;
  EXPECT_NE(clash.err.find("collection wire is the folder"), std::string::npos) << clash.err;
  EXPECT_EQ(newsindex({"--db", db(), "--collection", "a/b", m_dir / "b"}).exit_code, 2);
}

TEST_F(Collections, MovedFolderIsRecognisedByItsFilesAndNothingIsReadAgain) {
  write_story(m_dir.path() / "archive" / "2024" / "x.txt", "Alpha");
  write_story(m_dir.path() / "archive" / "2024" / "y.txt", "Beta");
  ASSERT_EQ(newsindex({"--db", db(), m_dir / "archive"}).exit_code, 0);
  fs::rename(m_dir.path() / "archive", m_dir.path() / "moved");
  const CommandResult r = newsindex({"--db", db(), m_dir / "moved"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines_with(r.err, "is the collection archive, moved from"), 1u) << r.err;
  EXPECT_EQ(summary_count(r.out, "new"), 0) << r.out;
  EXPECT_EQ(summary_count(r.out, "unchanged"), 2) << r.out;
  EXPECT_EQ(summary_count(r.out, "deleted"), 0) << r.out;
  EXPECT_EQ(ids(), (std::vector<std::string>{"archive/2024/x.txt", "archive/2024/y.txt"}));
}

TEST_F(Collections, MoveRootReattachesTheCollection) {
  write_story(m_dir.path() / "archive" / "x.txt", "Alpha");
  ASSERT_EQ(newsindex({"--db", db(), m_dir / "archive"}).exit_code, 0);
  fs::rename(m_dir.path() / "archive", m_dir.path() / "elsewhere");
  write_story(m_dir.path() / "elsewhere" / "y.txt", "Beta");  // not recognisable by stamps
  const CommandResult r =
      newsindex({"--db", db(), "--move-root", m_dir / "archive", m_dir / "elsewhere"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(summary_count(r.out, "new"), 1) << r.out;
  EXPECT_EQ(summary_count(r.out, "unchanged"), 1) << r.out;
  EXPECT_EQ(ids(), (std::vector<std::string>{"archive/x.txt", "archive/y.txt"}));
  const CommandResult unknown =
      newsindex({"--db", db(), "--move-root", m_dir / "nowhere", m_dir / "elsewhere"});
  EXPECT_EQ(unknown.exit_code, 2) << unknown.err;
  write_story(m_dir.path() / "other" / "z.txt", "Gamma");
  ASSERT_EQ(newsindex({"--db", db(), m_dir / "other"}).exit_code, 0);
  const CommandResult onto =
      newsindex({"--db", db(), "--move-root", m_dir / "elsewhere", m_dir / "other"});
  EXPECT_EQ(onto.exit_code, 2) << onto.err;
  EXPECT_NE(onto.err.find("is already the collection other"), std::string::npos) << onto.err;
}

TEST_F(Collections, FileGivenAloneGetsTheIdItHasInItsFolder) {
  write_story(m_dir.path() / "archive" / "2024" / "x.txt", "Alpha");
  ASSERT_EQ(newsindex({"--db", db(), m_dir / "archive"}).exit_code, 0);
  const CommandResult r = newsindex({"--db", db(), m_dir / "archive/2024/x.txt"});
  EXPECT_EQ(summary_count(r.out, "unchanged"), 1) << r.out;
  EXPECT_EQ(ids(), std::vector<std::string>{"archive/2024/x.txt"});
}

// chmod 000 means nothing to root: the runs that must not list the folder run as an
// ordinary user (setpriv when the tests run as root).
TEST_F(Collections, UnlistableFolderKeepsItsArticlesAndIsNamed) {
  if (!can_run_unprivileged()) {
    GTEST_SKIP() << "running as root and uid 65534 cannot run the programs (setpriv missing or "
                    "build unreachable): cannot make a folder unlistable";
  }
  const fs::path corpus = m_dir.path() / "corpus";
  write_story(corpus / "open" / "x.txt", "Alpha");
  write_story(corpus / "open" / "gone.txt", "Gamma");
  write_story(corpus / "closed" / "y.txt", "Beta");
  write_story(corpus / "closed" / "z.txt", "Delta");
  open_to_everyone(m_dir.path());
  const CommandResult first = run_unprivileged({NEWSINDEX_BIN, "--db", db(), corpus});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  fs::remove(corpus / "open" / "gone.txt");
  fs::permissions(corpus / "closed", fs::perms::none);
  const CommandResult again = run_unprivileged({NEWSINDEX_BIN, "--db", db(), corpus});
  fs::permissions(corpus / "closed", fs::perms::all);
  EXPECT_EQ(again.exit_code, 4) << again.err;
  EXPECT_EQ(summary_count(again.out, "deleted"), 1) << again.out;  // only gone.txt
  EXPECT_EQ(lines_with(again.err, "closed: cannot list folder"), 1u) << again.err;
  EXPECT_EQ(ids(), (std::vector<std::string>{"corpus/closed/y.txt", "corpus/closed/z.txt",
                                             "corpus/open/x.txt"}));
}

}  // namespace
}  // namespace news::test
