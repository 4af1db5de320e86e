// The indexing pipeline end to end: the index depends on the inputs alone, not on how
// many workers read them, how many writers (shards) write them, or how fast, and
// extraction keeps the input order.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "cli_support.hpp"

namespace news::test {
namespace {

namespace fs = std::filesystem;

// Every article of the index as JSON Lines, oldest first (ties by id), copies included,
// each with its cluster; then the pages of stories (copies collapsed) of a word query.
std::string dump(const std::string& db) {
  const CommandResult r = newsquery({"--db", db, "--all", "--no-collapse", "--sort", "oldest",
                                     "--format", "jsonl", "date:..", "OR", "datesource:none"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const CommandResult stories =
      newsquery({"--db", db, "--limit", "100", "--format", "jsonl", "the", "OR", "said"});
  EXPECT_EQ(stories.exit_code, 0) << stories.err;
  // Results and their order, without snippets: the passage Xapian's snippet generator
  // picks for a long page can differ with the number of shards.
  std::string page;
  std::istringstream lines(stories.out);
  for (std::string line; std::getline(lines, line);) {
    nlohmann::json result = nlohmann::json::parse(line);
    result.erase("snippet");
    page += result.dump() + "\n";
  }
  return r.out + page;
}

// Indexes `corpus` with `jobs` workers and `writers` shard writers into a fresh index
// under `dir`; its dump.
std::string index_with_jobs(const fs::path& dir, const fs::path& corpus, int jobs,
                            int writers = 1) {
  const std::string db =
      dir / ("jobs-" + std::to_string(jobs) + "-writers-" + std::to_string(writers) + ".db");
  const CommandResult r = newsindex({"--quiet", "--jobs", std::to_string(jobs), "--writers",
                                     std::to_string(writers), "--db", db, corpus});
  EXPECT_LE(r.exit_code, 4) << r.err;  // 4: some inputs could not be read
  return dump(db);
}

// Several epochs of files: the catalogue snapshot the workers link with is taken
// several times during the run.
TEST(Pipeline, TheIndexIsTheSameWhateverTheNumberOfWorkers) {
  TempDir dir;
  fs::create_directories(dir.path() / "corpus");
  for (int copy = 0; copy < 6; ++copy) {
    copy_tree(sample_corpus(), dir.path() / "corpus" / ("copy-" + std::to_string(copy)));
    fs::remove_all(dir.path() / "corpus" / ("copy-" + std::to_string(copy)) / "broken");
  }
  const std::string one = index_with_jobs(dir.path(), dir.path() / "corpus", 1);
  EXPECT_GE(line_count(one), 150U);
  // Copies of one story in several folders: one cluster, headed in the first folder.
  EXPECT_NE(one.find("\"cluster\":\"corpus/copy-0/"), std::string::npos);
  EXPECT_EQ(index_with_jobs(dir.path(), dir.path() / "corpus", 3), one);
  EXPECT_EQ(index_with_jobs(dir.path(), dir.path() / "corpus", 8), one);
  EXPECT_EQ(index_with_jobs(dir.path(), dir.path() / "corpus", 1, 2), one);
  EXPECT_EQ(index_with_jobs(dir.path(), dir.path() / "corpus", 3, 4), one);
}

// Commits come when the batch is due (a fixed --batch-size, or by default a batch growing
// with the index): clusters, links and every article must not depend on when.
TEST(Pipeline, TheIndexIsTheSameWhateverTheBatchSize) {
  TempDir dir;
  fs::create_directories(dir.path() / "corpus");
  for (int copy = 0; copy < 3; ++copy) {
    copy_tree(sample_corpus(), dir.path() / "corpus" / ("copy-" + std::to_string(copy)));
    fs::remove_all(dir.path() / "corpus" / ("copy-" + std::to_string(copy)) / "broken");
  }
  std::vector<std::string> dumps;
  for (const char* batch : {"", "1", "7", "100000"}) {
    const std::string db = dir.path() / ("batch-" + std::string(batch) + ".db");
    std::vector<std::string> args = {"--quiet", "--writers", "2", "--db", db};
    if (*batch != '\0') {
      args.insert(args.end(), {"--batch-size", batch});
    }
    args.push_back(dir.path() / "corpus");
    const CommandResult r = newsindex(args);
    EXPECT_LE(r.exit_code, 4) << r.err;
    dumps.push_back(dump(db));
  }
  EXPECT_GE(line_count(dumps[0]), 75U);
  EXPECT_NE(dumps[0].find("\"cluster\":\"corpus/copy-0/"), std::string::npos);
  for (std::size_t i = 1; i < dumps.size(); ++i) {
    EXPECT_EQ(dumps[i], dumps[0]) << i;
  }
}

// Real pages whose entity lists once changed with the timing of the snapshots.
TEST(Pipeline, RealPagesIndexTheSameWhateverTheNumberOfWorkers) {
  const fs::path pages =
      fs::path(NEWS_SOURCE_DIR) / ".." / "shared" / "corpora" / "html-dev" / "pages";
  if (!fs::is_directory(pages)) {
    GTEST_SKIP() << pages << " not found (the shared corpora live beside the repository)";
  }
  TempDir dir;
  const std::string one = index_with_jobs(dir.path(), pages, 1);
  EXPECT_GE(line_count(one), 400U);
  EXPECT_EQ(index_with_jobs(dir.path(), pages, 2, 4), one);
}

TEST(Pipeline, ExtractionKeepsTheInputOrderWhateverTheNumberOfWorkers) {
  TempDir dir;
  for (int i = 0; i < 100; ++i) {
    write_file(dir.path() / "in" / ("story-" + std::to_string(1000 + i) + ".txt"),
               "Story " + std::to_string(i) + "\n\nThe council met on Monday.\n");
  }
  const CommandResult one = newsindex({"--extract", "--jobs", "1", dir.path() / "in"});
  const CommandResult four = newsindex({"--extract", "--jobs", "4", dir.path() / "in"});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(line_count(one.out), 100U);
  EXPECT_EQ(four.out, one.out);
  EXPECT_LT(one.out.find("story-1000.txt"), one.out.find("story-1099.txt"));
}

}  // namespace
}  // namespace news::test
