// File and folder names: bytes that are not UTF-8 keep ids apart and paths that can be
// opened; a newline in a name does not break text output; symlinked folders are followed,
// loops are not.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_support.hpp"

namespace news::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// "%XX" back to bytes, as a user (or script) would undo it.
std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(s[i + 1]) && std::isxdigit(s[i + 2])) {
      out += char(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

class Names : public ::testing::Test {
 protected:
  std::string db() const { return m_dir / "index.db"; }
  std::vector<json> results(const std::string& query) const {
    const CommandResult r = newsquery({"--db", db(), "--format", "jsonl", "--all", query});
    std::vector<json> found;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);) {
      found.push_back(json::parse(line));
    }
    return found;
  }

  TempDir m_dir;
};

TEST_F(Names, Latin1NamesKeepDistinctIdsAndPathsThatOpen) {
  const fs::path corpus = m_dir.path() / "corpus";
  write_file(corpus / "caf\xE9.txt", "Coffee one\n\nA story about coffee in Vienna.\n");
  write_file(corpus / "caf\xE8.txt", "Coffee two\n\nA story about coffee in Rome.\n");
  const CommandResult r = newsindex({"--db", db(), corpus.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<json> found = results("coffee");
  ASSERT_EQ(found.size(), 2u);
  std::vector<std::string> ids = {found[0]["id"], found[1]["id"]};
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"corpus/caf%E8.txt", "corpus/caf%E9.txt"}));
  for (const json& j : found) {
    EXPECT_TRUE(fs::exists(unescape(j["path"]))) << j["path"];
  }
}

TEST_F(Names, Latin1ArchiveMemberNamesKeepDistinctIds) {
  const fs::path src = m_dir.path() / "src";
  write_file(src / "caf\xE9.txt", "Coffee one\n\nA story about coffee in Vienna.\n");
  write_file(src / "caf\xE8.txt", "Coffee two\n\nA story about coffee in Rome.\n");
  fs::create_directories(m_dir.path() / "corpus");
  const std::string tar = m_dir / "corpus/bundle.tar";
  ASSERT_EQ(run({"/bin/tar", "-cf", tar, "-C", src.string(), "."}).exit_code, 0);
  ASSERT_EQ(newsindex({"--db", db(), m_dir / "corpus"}).exit_code, 0);
  std::vector<std::string> ids;
  for (const json& j : results("coffee")) {
    ids.push_back(j["id"]);
  }
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"corpus/bundle.tar!/caf%E8.txt",
                                           "corpus/bundle.tar!/caf%E9.txt"}));
}

TEST_F(Names, NewlineInANameDoesNotBreakTextOutput) {
  const fs::path corpus = m_dir.path() / "corpus";
  write_file(corpus / "two\nlines.txt", "Harbour news\n\nA story about the harbour.\n");
  ASSERT_EQ(newsindex({"--db", db(), corpus.string()}).exit_code, 0);
  const CommandResult text = newsquery({"--db", db(), "harbour"});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("two%0Alines.txt"), std::string::npos) << text.out;
  EXPECT_EQ(text.out.find("two\nlines"), std::string::npos) << text.out;
}

TEST_F(Names, SymlinkedFoldersAreFollowedAndLoopsSkipped) {
  const fs::path corpus = m_dir.path() / "corpus";
  write_file(corpus / "own" / "x.txt", "Own story\n\nA story about the river.\n");
  write_file(m_dir.path() / "elsewhere" / "y.txt", "Linked story\n\nA story about the river.\n");
  fs::create_directory_symlink(m_dir.path() / "elsewhere", corpus / "linked");
  fs::create_directory_symlink("..", corpus / "own" / "loop");
  const CommandResult r = newsindex({"--db", db(), corpus.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("1 folder reached twice (symlink loop or second link)"), std::string::npos)
      << r.out;
  std::vector<std::string> ids;
  for (const json& j : results("river")) {
    ids.push_back(j["id"]);
  }
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::string>{"corpus/linked/y.txt", "corpus/own/x.txt"}));
}

// A folder reached both directly and through a symlink is indexed under its real path,
// whatever order the system lists the entries in, so its ids do not change between runs.
TEST_F(Names, FolderReachedTwiceIsIndexedUnderItsRealPath) {
  const fs::path corpus = m_dir.path() / "corpus";
  write_file(corpus / "year2024" / "x.txt", "River story\n\nA story about the river.\n");
  fs::create_directory_symlink("year2024", corpus / "current");
  for (int run = 0; run < 2; ++run) {
    const CommandResult r = newsindex({"--db", db(), corpus.string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("1 folder reached twice"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(run == 0 ? "1 new" : "1 unchanged"), std::string::npos) << r.out;
  }
  const std::vector<json> found = results("river");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]["id"], "corpus/year2024/x.txt");
}

// Files are read in the byte order of their whole escaped paths within an input, the walk
// going folder by folder: "a-b/" before "a.txt" before "a/" before "a0.txt".
TEST_F(Names, FilesAreReadInTheByteOrderOfTheirWholePaths) {
  const fs::path corpus = m_dir.path() / "corpus";
  for (const char* name :
       {"a0.txt", "a/b/c.txt", "a/b.txt", "a.txt", "a-b/x.txt", "caf\xE9/z.txt", "cafz.txt"}) {
    write_file(corpus / name, "Story\n\nA story about the river.\n");
  }
  const CommandResult r = newsindex({"--extract", corpus.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> ids;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) {
    ids.push_back(json::parse(line)["id"]);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"a-b/x.txt", "a.txt", "a/b.txt", "a/b/c.txt", "a0.txt",
                                           "caf%E9/z.txt", "cafz.txt"}));
}

}  // namespace
}  // namespace news::test
