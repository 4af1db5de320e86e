// Bad inputs: each gets its own one-line reason, the run exits 4, and the good articles
// next to them are still indexed.
#include <gtest/gtest.h>

#include <sstream>

#include "cli_support.hpp"

namespace news::test {
namespace {

// The stderr lines that name `file`.
std::vector<std::string> lines_naming(const std::string& err, const std::string& file) {
  std::vector<std::string> found;
  std::istringstream in(err);
  for (std::string line; std::getline(in, line);) {
    if (line.find(file) != std::string::npos) {
      found.push_back(line);
    }
  }
  return found;
}

class BrokenInputs : public ::testing::Test {
 protected:
  TempDir m_dir;
  std::string db() const { return m_dir / "index.db"; }
};

TEST_F(BrokenInputs, EachBadFileGetsOneLineAndTheRunExits4) {
  const CommandResult r = newsindex({"--db", db(), sample_corpus().string()});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  for (const char* file :
       {"broken/empty.txt", "broken/whitespace-only.txt", "broken/binary.txt",
        "broken/unclosed-front-matter.md", "broken/bad-yaml-front-matter.md",
        "broken/invalid-utf8.txt", "broken/single-line-5mb.txt", "broken/html/no-body.html"}) {
    const auto lines = lines_naming(r.err, file);
    ASSERT_EQ(lines.size(), 1u) << file << "\n" << r.err;
    EXPECT_TRUE(lines[0].starts_with("newsindex: ")) << lines[0];
    EXPECT_GT(lines[0].size(), std::string("newsindex: ").size() + std::string(file).size() + 10)
        << "no reason given: " << lines[0];
  }
  EXPECT_NE(r.err.find("empty file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("binary content"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("never closed"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("not valid YAML"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("no-body.html: no article text in the page"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("skipped"), std::string::npos) << r.out;
}

TEST_F(BrokenInputs, GoodArticlesAndRecoverableFilesAreStillIndexed) {
  newsindex({"--db", db(), sample_corpus().string()});
  EXPECT_EQ(newsquery({"--db", db(), "--count", "Dujarric"}).exit_code, 0);
  // Invalid UTF-8 is read as Windows-1252 (with a warning), and the 5 MB line is indexed.
  EXPECT_EQ(
      newsquery({"--db", db(), "--format", "jsonl", "--limit", "50", "--all", "datesource:none"})
              .out.find("broken/single-line-5mb.txt") != std::string::npos,
      true);
  const CommandResult r =
      newsquery({"--db", db(), "--format", "jsonl", "--all", "datesource:none"});
  EXPECT_NE(r.out.find("broken/invalid-utf8.txt"), std::string::npos);
}

TEST_F(BrokenInputs, MissingInputBesideOthersIsNamedAndExits4) {
  TempDir empty;
  write_file(empty.path() / "there" / "story.txt", "A headline\n\nSome text about Berlin.\n");
  const CommandResult r = newsindex({"--db", db(), empty / "there", empty / "nowhere"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_NE(r.err.find("nowhere: no such file or folder"), std::string::npos) << r.err;
}

TEST_F(BrokenInputs, OnlyMissingInputsIsAUsageErrorAndCreatesNothing) {
  TempDir empty;
  const CommandResult r = newsindex({"--db", empty / "index.db", empty / "typo"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("no input found: " + empty / "typo" + ": no such file or folder"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(std::filesystem::exists(empty / "index.db"));
}

TEST_F(BrokenInputs, ExtractReportsTheSameReasons) {
  const CommandResult r = newsindex({"--extract", (sample_corpus() / "broken").string()});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(lines_naming(r.err, "empty.txt").size(), 1u) << r.err;
  EXPECT_EQ(lines_naming(r.err, "binary.txt").size(), 1u) << r.err;
}

}  // namespace
}  // namespace news::test
