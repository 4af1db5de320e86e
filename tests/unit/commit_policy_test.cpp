// CommitPolicy: a fixed --batch-size, and the default batch that grows with the index
// within its posting budget and under Xapian's own per-shard flush threshold.
#include "commit_policy.hpp"

#include <gtest/gtest.h>

namespace news {
namespace {

PendingBatch changes(std::size_t n, std::size_t postings = 0) {
  return PendingBatch{n, postings};
}

TEST(CommitPolicy, NothingPendingIsNeverDue) {
  EXPECT_FALSE(CommitPolicy().due(changes(0, CommitPolicy::kPostingBudget), 0, 1));
  EXPECT_FALSE(CommitPolicy(1).due(changes(0), 0, 1));
}

TEST(CommitPolicy, AnExplicitBatchSizeIsAFixedCountWhateverTheIndexOrText) {
  const CommitPolicy policy(1000);
  EXPECT_FALSE(policy.due(changes(999, 1u << 30), 10'000'000, 2));
  EXPECT_TRUE(policy.due(changes(1000), 0, 1));
  EXPECT_TRUE(policy.due(changes(1000), 10'000'000, 8));
  EXPECT_TRUE(CommitPolicy(1).due(changes(1), 0, 1));
}

TEST(CommitPolicy, TheDefaultBatchStartsAtAThousandChanges) {
  const CommitPolicy policy;
  EXPECT_FALSE(policy.due(changes(999), 0, 2));
  EXPECT_TRUE(policy.due(changes(1000), 0, 2));
  EXPECT_FALSE(policy.due(changes(999), 3999, 2));
  EXPECT_EQ(CommitPolicy::growing_limit(0, 1), CommitPolicy::kMinChanges);
}

TEST(CommitPolicy, TheDefaultBatchGrowsToAQuarterOfTheIndex) {
  const CommitPolicy policy;
  EXPECT_EQ(CommitPolicy::growing_limit(20'000, 2), 5000u);
  EXPECT_FALSE(policy.due(changes(4999), 20'000, 2));
  EXPECT_TRUE(policy.due(changes(5000), 20'000, 2));
  EXPECT_LT(CommitPolicy::growing_limit(8000, 4), CommitPolicy::growing_limit(40'000, 4));
}

TEST(CommitPolicy, NoShardReachesXapiansOwnFlushThreshold) {
  EXPECT_EQ(CommitPolicy::growing_limit(10'000'000, 1), CommitPolicy::kMaxChangesPerShard);
  EXPECT_EQ(CommitPolicy::growing_limit(10'000'000, 2), 2 * CommitPolicy::kMaxChangesPerShard);
  EXPECT_LT(CommitPolicy::kMaxChangesPerShard, 10'000u);
  EXPECT_TRUE(CommitPolicy().due(changes(8000), 10'000'000, 1));
  EXPECT_FALSE(CommitPolicy().due(changes(8000), 10'000'000, 2));
  // Shard count 0 is taken as one shard, never as no limit.
  EXPECT_EQ(CommitPolicy::growing_limit(10'000'000, 0), CommitPolicy::kMaxChangesPerShard);
}

TEST(CommitPolicy, ThePostingBudgetBoundsTheBatchWhateverTheIndexSize) {
  const CommitPolicy policy;
  const std::size_t budget = CommitPolicy::kPostingBudget;
  EXPECT_FALSE(policy.due(changes(1000, budget - 1), 10'000'000, 2));
  EXPECT_TRUE(policy.due(changes(1000, budget), 10'000'000, 2));
  EXPECT_TRUE(policy.due(changes(1, budget), 0, 1));
}

}  // namespace
}  // namespace news
