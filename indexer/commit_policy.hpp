// When the index store commits its batch of changes.
//
// A commit rewrites every B-tree block holding a posting list the batch changed. A batch of
// 1,000 news articles changes tens of thousands of terms; once the tables are much larger
// than that, those terms lie in mostly distinct blocks, so a commit of a fixed number of
// articles writes more and more as the index grows, and the cost per article grows with
// it (docs/benchmarks.md, archive scale). By default the batch therefore grows with the
// index: a commit is due once the pending changes reach a fixed share of the documents the
// index holds (never fewer than kMinChanges), so that the blocks rewritten per article stay
// about the same. Two bounds come first: the terms of the pending documents (Xapian holds a
// posting and its positions for each until the commit, about 60-70 bytes) may not pass
// kPostingBudget, whatever the size of the index; and no shard may reach Xapian's own
// threshold of 10,000 changes, past which it would commit by itself in mid-batch. An explicit
// --batch-size is a fixed number of changes per commit, as it always was.
#pragma once

#include <cstddef>

namespace news {

// What the store has written since its last commit.
struct PendingBatch {
  std::size_t changes = 0;   // documents written or deleted, files restamped, metadata
  std::size_t postings = 0;  // distinct terms of each document written, summed
};

class CommitPolicy {
 public:
  static constexpr std::size_t kMinChanges = 1000;
  static constexpr std::size_t kIndexShare = 4;             // a batch grows to 1/4 of the index
  static constexpr std::size_t kPostingBudget = 800'000;    // about 50 MB of Xapian's memory
  static constexpr std::size_t kMaxChangesPerShard = 8000;  // under Xapian's 10,000

  // `batch_size` 0: the default policy, growing with the index; else a fixed number of
  // changes per commit (--batch-size).
  explicit CommitPolicy(std::size_t batch_size = 0) : m_batch_size(batch_size) {}

  // Whether `pending` should be committed now, on an index of `indexed` committed
  // documents in `shards` shards.
  bool due(const PendingBatch& pending, std::size_t indexed, std::size_t shards) const;

  // The changes a default batch may reach on such an index, posting budget aside.
  static std::size_t growing_limit(std::size_t indexed, std::size_t shards);

 private:
  std::size_t m_batch_size;
};

}  // namespace news
