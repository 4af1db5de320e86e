// Several shard writers in one index, end to end: the stub lists the shards, every
// command opens them as one, an index keeps the shard count it was created with, updates
// and deletions go to the shard of each file, and what users see never depends on the
// number of writers (same articles, clusters, results and order).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli_support.hpp"

namespace news::test {
namespace {

namespace fs = std::filesystem;

std::string read_text(const fs::path& file) {
  std::ifstream in(file);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Every article (with its cluster) oldest first, and a page of stories.
std::string dump(const std::string& db) {
  const CommandResult all = newsquery({"--db", db, "--all", "--sort", "oldest", "--format", "jsonl",
                                       "date:..", "OR", "datesource:none"});
  EXPECT_EQ(all.exit_code, 0) << all.err;
  const CommandResult page = newsquery(
      {"--db", db, "--format", "jsonl", "--limit", "50", "market", "OR", "council", "OR", "bank"});
  EXPECT_EQ(page.exit_code, 0) << page.err;
  return all.out + page.out;
}

CommandResult index(const std::string& db, int writers, const fs::path& corpus) {
  return newsindex({"--quiet", "--db", db, "--writers", std::to_string(writers), corpus});
}

class Writers : public ::testing::Test {
 protected:
  void SetUp() override {
    copy_tree(sample_corpus(), m_dir.path() / "corpus");
    fs::remove_all(m_dir.path() / "corpus" / "broken");
    // The same story twice more: copies whose head goes away below.
    for (const auto& entry : fs::recursive_directory_iterator(corpus())) {
      if (entry.path().extension() == ".txt" && entry.file_size() > 600) {
        m_story = entry.path();
        break;
      }
    }
    ASSERT_FALSE(m_story.empty());
    fs::copy_file(m_story, corpus() / "zz-copy-1.txt");
    fs::copy_file(m_story, corpus() / "zz-copy-2.txt");
  }
  fs::path corpus() const { return m_dir.path() / "corpus"; }
  TempDir m_dir;
  fs::path m_story;  // a story of the sample corpus, copied twice
};

TEST_F(Writers, TheStubListsOneShardPerWriterAndEveryCommandOpensThemAsOne) {
  const std::string db = m_dir / "index.db";
  ASSERT_EQ(index(db, 3, corpus()).exit_code, 0);
  EXPECT_EQ(read_text(fs::path(db) / "XAPIANDB"),
            "glass gen-1/shard-0\nglass gen-1/shard-1\nglass gen-1/shard-2\n");
  const CommandResult check = newsindex({"--check", "--db", db});
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  EXPECT_EQ(newsquery({"--db", db, "--count", "council"}).exit_code, 0);
  EXPECT_EQ(newsquery({"--db", fs::path(db) / "XAPIANDB", "--count", "council"}).out,
            newsquery({"--db", db, "--count", "council"}).out);  // the stub file itself
  const std::string whole = m_dir / "one.db";
  ASSERT_EQ(index(whole, 1, corpus()).exit_code, 0);
  EXPECT_EQ(read_text(fs::path(whole) / "XAPIANDB"), "glass gen-1\n");
  EXPECT_EQ(dump(db), dump(whole));
}

TEST_F(Writers, AnIndexKeepsItsShardsAndCompactsIntoOne) {
  const std::string db = m_dir / "index.db";
  ASSERT_EQ(index(db, 2, corpus()).exit_code, 0);
  write_file(corpus() / "new" / "late.txt", "Late story\n\nThe council met again.\n");
  ASSERT_EQ(index(db, 4, corpus()).exit_code, 0);  // 2 shards kept
  EXPECT_EQ(read_text(fs::path(db) / "XAPIANDB"), "glass gen-1/shard-0\nglass gen-1/shard-1\n");
  const std::string before = dump(db);
  const CommandResult compact =
      newsindex({"--quiet", "--db", db, "--writers", "4", "--compact", corpus()});
  ASSERT_EQ(compact.exit_code, 0) << compact.err;
  EXPECT_EQ(read_text(fs::path(db) / "XAPIANDB"), "glass gen-2\n");
  EXPECT_FALSE(fs::exists(fs::path(db) / "gen-1"));
  EXPECT_EQ(dump(db), before);
  write_file(corpus() / "new" / "later.txt", "Later story\n\nThe bank met again.\n");
  ASSERT_EQ(index(db, 4, corpus()).exit_code, 0);  // one database: one writer
  EXPECT_EQ(read_text(fs::path(db) / "XAPIANDB"), "glass gen-2\n");
  EXPECT_EQ(newsindex({"--check", "--db", db}).exit_code, 0);
}

// The same changes (an edit, a deleted cluster head, new copies) applied to an index of
// one shard and to one of three give the same answers, clusters included.
TEST_F(Writers, UpdatesAndDeletionsGiveTheSameIndexWhateverTheWriters) {
  const std::string one = m_dir / "one.db";
  const std::string three = m_dir / "three.db";
  ASSERT_EQ(index(one, 1, corpus()).exit_code, 0);
  ASSERT_EQ(index(three, 3, corpus()).exit_code, 0);
  EXPECT_EQ(dump(three), dump(one));
  const std::string text = read_text(m_story);
  fs::remove(m_story);  // the head of the copies' cluster
  write_file(corpus() / "zz-copy-3.txt", text);
  write_file(corpus() / "zz-copy-1.txt", "Changed\n\nThe council changed its mind on rates.\n");
  const CommandResult a = index(one, 1, corpus());
  const CommandResult b = index(three, 2, corpus());
  ASSERT_EQ(a.exit_code, 0) << a.err;
  ASSERT_EQ(b.exit_code, 0) << b.err;
  const std::string after = dump(one);
  EXPECT_EQ(dump(three), after);
  EXPECT_NE(after.find("\"cluster\":\"corpus/zz-copy-2.txt\""), std::string::npos) << after;
}

// A manifest names the state of an index of shards: the sum of their revisions.
TEST_F(Writers, AManifestGivesTheRevisionOfAllShards) {
  const std::string db = m_dir / "index.db";
  ASSERT_EQ(index(db, 3, corpus()).exit_code, 0);
  const auto revision = [&] {
    const CommandResult r = newsquery({"--db", db, "--format", "json", "council"});
    const nlohmann::json answer = nlohmann::json::parse(r.out);
    EXPECT_EQ(answer["manifest"]["indexes"][0]["uuid"].get<std::string>().size(), 3 * 37 - 1);
    return answer["manifest"]["indexes"][0]["revision"].get<long>();
  };
  const long before = revision();
  EXPECT_GT(before, 0);
  write_file(corpus() / "new" / "late.txt", "Late story\n\nThe council met again.\n");
  ASSERT_EQ(index(db, 3, corpus()).exit_code, 0);
  EXPECT_GT(revision(), before);
}

// Regression: filters alone (`datesource:none`) were matched to their end with no weight,
// which Xapian 1.4.22 fails on a shard whose document ids have gaps ("index is damaged").
TEST(WritersQueries, FiltersAloneFindEveryArticleOfEveryShard) {
  TempDir dir;
  constexpr int kArticles = 3000;  // posting lists of several chunks in every shard
  for (int i = 0; i < kArticles; ++i) {
    write_file(dir.path() / "corpus" / ("article-" + std::to_string(i) + ".txt"),
               "Harbour report " + std::to_string(i) + "\n\nShip " + std::to_string(i) +
                   " arrived late on a windy morning.\n");
  }
  const std::string db = dir / "index.db";
  ASSERT_EQ(index(db, 3, dir.path() / "corpus").exit_code, 0);
  for (const std::string request : {"datesource:none", "datesource:none harbour"}) {
    const CommandResult count = newsquery({"--db", db, "--count", request});
    ASSERT_EQ(count.exit_code, 0) << count.err;
    EXPECT_EQ(count.out, std::to_string(kArticles) + "\n") << request;
    const CommandResult all = newsquery({"--db", db, "--all", "--format", "jsonl", request});
    ASSERT_EQ(all.exit_code, 0) << all.err;
    EXPECT_EQ(std::count(all.out.begin(), all.out.end(), '\n'), kArticles) << request;
  }
}

TEST(WritersOptions, OutOfRangeIsAUsageError) {
  TempDir dir;
  for (const char* bad : {"0", "65", "-1"}) {
    const CommandResult r = newsindex({"--db", dir / "db", "--writers", bad, dir.path()});
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_NE(r.err.find("--writers"), std::string::npos) << r.err;
  }
}

}  // namespace
}  // namespace news::test
