// newsindex end to end on a copy of the sample corpus: first run, re-runs, edits,
// deletions, and the seed article ranking first for its subject.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

#include "cli_support.hpp"

namespace news::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const char* kSeed = "pakistan-afghanistan-talks.txt";

// The number before `label` in newsindex's summary line ("3 new, 0 updated, ...").
long document_count(const std::string& db) {
  const CommandResult r = newsquery({"--db", db, "--count", "date:..", "OR", "datesource:none"});
  return std::stol(r.out);
}

class IndexFlow : public ::testing::Test {
 protected:
  void SetUp() override {
    copy_tree(sample_corpus(), m_dir.path() / "corpus");
    fs::remove_all(m_dir.path() / "corpus" / "broken");  // covered by BrokenInputs
  }
  CommandResult index(std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"--db", db(), corpus()};
    args.insert(args.end(), extra.begin(), extra.end());
    return newsindex(args);
  }
  std::string db() const { return m_dir / "index.db"; }
  std::string corpus() const { return m_dir / "corpus"; }

  TempDir m_dir;
};

TEST_F(IndexFlow, FirstRunIndexesEveryArticle) {
  const CommandResult r = index();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(line_count(r.out), 1u) << r.out;
  EXPECT_GE(summary_count(r.out, "new"), 29) << r.out;
  EXPECT_EQ(summary_count(r.out, "updated"), 0) << r.out;
  EXPECT_NE(r.out.find("unsupported .jpg"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("articles/s"), std::string::npos) << r.out;
  EXPECT_EQ(document_count(db()), summary_count(r.out, "new"));
}

TEST_F(IndexFlow, SeedArticleRanksFirstForTaliban) {
  ASSERT_EQ(index().exit_code, 0);
  const CommandResult q = newsquery({"--db", db(), "--format", "json", "Taliban"});
  ASSERT_EQ(q.exit_code, 0) << q.err;
  const json j = json::parse(q.out);
  ASSERT_GE(j["results"].size(), 1u);
  const json& first = j["results"][0];
  EXPECT_EQ(first["id"], std::string("corpus/") + kSeed);
  const std::string title = first["title"];
  EXPECT_TRUE(title ==
                  "Defense Minister: Attacking from Afghanistan would be a big mistake for "
                  "Afghans" ||
              title == "Pakistan Warns Taliban: Attacks from Afghan Soil Would Trigger Retaliation")
      << title;
  EXPECT_EQ(first["date"], nullptr);
}

TEST_F(IndexFlow, ReRunChangesNothing) {
  const long first = summary_count(index().out, "new");
  const CommandResult again = index();
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(summary_count(again.out, "new"), 0) << again.out;
  EXPECT_EQ(summary_count(again.out, "updated"), 0) << again.out;
  EXPECT_EQ(summary_count(again.out, "deleted"), 0) << again.out;
  EXPECT_EQ(summary_count(again.out, "unchanged"), first) << again.out;
  EXPECT_EQ(document_count(db()), first);
}

TEST_F(IndexFlow, EditedFileIsUpdatedAndSearchable) {
  const long first = summary_count(index().out, "new");
  std::ofstream(fs::path(corpus()) / kSeed, std::ios::app) << "\nA zanzibarian postscript.\n";
  const CommandResult again = index();
  EXPECT_EQ(summary_count(again.out, "updated"), 1) << again.out;
  EXPECT_EQ(summary_count(again.out, "new"), 0) << again.out;
  EXPECT_EQ(document_count(db()), first);
  EXPECT_EQ(newsquery({"--db", db(), "--count", "zanzibarian"}).out, "1\n");
}

TEST_F(IndexFlow, TouchedButUnchangedFileIsNotReindexed) {
  index();
  const fs::path seed = fs::path(corpus()) / kSeed;
  fs::last_write_time(seed, fs::last_write_time(seed) + std::chrono::hours(1));
  const CommandResult again = index();
  EXPECT_EQ(summary_count(again.out, "updated"), 0) << again.out;
  // ...and the new mtime is remembered, so the next run does not even read it.
  EXPECT_EQ(summary_count(index().out, "updated"), 0);
}

TEST_F(IndexFlow, RemovedFileIsDeleted) {
  const long first = summary_count(index().out, "new");
  fs::remove(fs::path(corpus()) / kSeed);
  const CommandResult again = index();
  EXPECT_EQ(summary_count(again.out, "deleted"), 1) << again.out;
  EXPECT_EQ(document_count(db()), first - 1);
  EXPECT_EQ(newsquery({"--db", db(), "--count", "Fitna"}).exit_code, 1);
}

TEST_F(IndexFlow, NoDeleteKeepsArticlesOfRemovedFiles) {
  const long first = summary_count(index().out, "new");
  fs::remove(fs::path(corpus()) / kSeed);
  const CommandResult again = index({"--no-delete"});
  EXPECT_EQ(summary_count(again.out, "deleted"), 0) << again.out;
  EXPECT_EQ(document_count(db()), first);
}

TEST_F(IndexFlow, IndexingAnotherFolderKeepsTheFirst) {
  const long first = summary_count(index().out, "new");
  TempDir other;
  write_file(other.path() / "extra.txt", "Extra headline here\n\nSome body text.\n");
  const CommandResult r = newsindex({"--db", db(), other.path().string()});
  EXPECT_EQ(summary_count(r.out, "deleted"), 0) << r.out;
  EXPECT_EQ(document_count(db()), first + 1);
}

TEST_F(IndexFlow, CompactShrinksTheIndexAndKeepsItUsable) {
  const CommandResult r = index({"--compact"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("compacted"), std::string::npos) << r.out;
  EXPECT_EQ(document_count(db()), summary_count(r.out, "new"));
  EXPECT_FALSE(fs::exists(db() + ".old"));
  const CommandResult again = index();
  EXPECT_EQ(summary_count(again.out, "new"), 0) << again.out;
  EXPECT_EQ(summary_count(again.out, "updated"), 0) << again.out;
}

TEST_F(IndexFlow, QuietPrintsNoSummaryButStillWarns) {
  const CommandResult r = index({"--quiet"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err.find("newsindex: error"), std::string::npos) << r.err;
}

TEST_F(IndexFlow, DatabaseEnvironmentVariableIsTheDefault) {
  setenv("NEWSINDEX_DB", db().c_str(), 1);
  const CommandResult r = newsindex({corpus()});
  const CommandResult q = newsquery({"--count", "taliban"});
  unsetenv("NEWSINDEX_DB");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(q.exit_code, 0) << q.err;
}

TEST_F(IndexFlow, UnusableDatabaseIsADatabaseError) {
  std::ofstream(db()) << "not a database";
  const CommandResult r = index();
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("newsindex: error: " + db() + " is a file, not an index folder"),
            std::string::npos)
      << r.err;
  const CommandResult q = newsquery({"--db", db(), "taliban"});
  EXPECT_EQ(q.exit_code, 3);
  EXPECT_NE(q.err.find("is a file, not an index folder"), std::string::npos) << q.err;
  EXPECT_EQ(q.err.find("Bad line"), std::string::npos) << q.err;
}

}  // namespace
}  // namespace news::test
