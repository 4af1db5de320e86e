// Schema 6 on disk, seen with Xapian's own tools: no article holds a value in slots 2 and
// 5 (the id and the source file up to schema 5), and an index of schema 5 is refused by
// both programs with a hint to re-index; updates and deletions by file still work.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "cli_support.hpp"

namespace news::test {
namespace {

namespace fs = std::filesystem;

constexpr const char* kDelve = "/usr/bin/xapian-delve";
constexpr const char* kMetadata = "/usr/bin/xapian-metadata";

class SchemaVersion : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(kDelve) || !fs::exists(kMetadata)) {
      GTEST_SKIP() << "xapian-delve and xapian-metadata (xapian-tools) are not installed";
    }
    copy_tree(sample_corpus() / "world", m_dir.path() / "world");
    const CommandResult r = newsindex({"--db", db(), m_dir / "world"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  std::string db() const { return m_dir / "index.db"; }
  // The folders holding the index's tables (one per shard).
  std::vector<std::string> shards() const {
    std::vector<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(db())) {
      if (e.path().filename() == "iamglass") {
        out.push_back(e.path().parent_path().string());
      }
    }
    return out;
  }

  TempDir m_dir;
};

TEST_F(SchemaVersion, NoArticleHoldsASourceFileValueTheOrderValueNoId) {
  ASSERT_FALSE(shards().empty());
  for (const std::string& shard : shards()) {
    const CommandResult r = run({kDelve, "-V5", shard});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    // A heading "Value N for each document:", then " docid:value" for every document
    // holding a value in the slot.
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), ':'), 1) << r.out;
    const CommandResult ids = run({kDelve, "-V2", shard});
    EXPECT_NE(ids.out.find("world/"), std::string::npos) << ids.out;
    const CommandResult order = run({kDelve, "-V12", shard});  // time and a hash: 16 bytes
    EXPECT_EQ(order.out.find("world/"), std::string::npos) << order.out;
  }
  const CommandResult check = newsindex({"--db", db(), "--check"});
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
}

TEST_F(SchemaVersion, ChangedAndDeletedFilesAreFoundByTheirStoredSourceFile) {
  const fs::path world = m_dir.path() / "world";
  fs::path gone;
  fs::path changed;
  for (const auto& e : fs::directory_iterator(world)) {
    if (e.path().extension() == ".txt") {
      (gone.empty() ? gone : changed) = e.path();
    }
  }
  ASSERT_FALSE(changed.empty());
  fs::remove(gone);
  std::ofstream(changed, std::ios::app) << "\nA zanzibarian postscript.\n";
  const CommandResult r = newsindex({"--db", db(), world});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(summary_count(r.out + r.err, "updated"), 1) << r.out << r.err;
  EXPECT_EQ(summary_count(r.out + r.err, "deleted"), 1) << r.out << r.err;
  const CommandResult found = newsquery({"--db", db(), "--count", "zanzibarian"});
  EXPECT_EQ(found.out, "1\n") << found.err;
}

TEST_F(SchemaVersion, AnIndexOfSchema6IsRefusedWithAHintToReindex) {
  for (const std::string& shard : shards()) {
    ASSERT_EQ(run({kMetadata, "set", shard, "newsindex.schema_version", "6"}).exit_code, 0);
  }
  for (const CommandResult& r :
       {newsquery({"--db", db(), "talks"}), newsindex({"--db", db(), m_dir / "world"})}) {
    EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
    EXPECT_NE(r.err.find("schema version 6, this program reads version 7"), std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("short articles"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("re-index: remove " + db()), std::string::npos) << r.err;
  }
}

}  // namespace
}  // namespace news::test
