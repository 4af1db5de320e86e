// The shard of a source file: stable, in range, and spread evenly.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "shards.hpp"

namespace news::schema {
namespace {

TEST(Shards, OneShardHoldsEverything) {
  EXPECT_EQ(shard_of("news/2024/a.txt", 1), 0U);
  EXPECT_EQ(shard_of("news/2024/a.txt", 0), 0U);
}

TEST(Shards, AssignmentIsFixedAcrossBuilds) {
  // Values pinned: a change here moves files of existing sharded indexes.
  EXPECT_EQ(shard_of("reuters/1987/00001.txt", 1000), 993U);
  EXPECT_EQ(shard_of("news/2024/a.txt", 2), 0U);
}

TEST(Shards, FilesSpreadEvenlyOverShards) {
  constexpr std::size_t kShards = 4;
  constexpr int kFiles = 8000;
  std::vector<int> counts(kShards, 0);
  for (int i = 0; i < kFiles; ++i) {
    ++counts[shard_of("archive/2024/article-" + std::to_string(i) + ".txt", kShards)];
  }
  for (int count : counts) {
    EXPECT_GT(count, kFiles / kShards * 9 / 10);
    EXPECT_LT(count, kFiles / kShards * 11 / 10);
  }
}

}  // namespace
}  // namespace news::schema
