#include "commit_policy.hpp"

#include <algorithm>

namespace news {

std::size_t CommitPolicy::growing_limit(std::size_t indexed, std::size_t shards) {
  const std::size_t cap = kMaxChangesPerShard * std::max<std::size_t>(1, shards);
  return std::clamp(indexed / kIndexShare, kMinChanges, cap);
}

bool CommitPolicy::due(const PendingBatch& pending, std::size_t indexed, std::size_t shards) const {
  if (pending.changes == 0) {
    return false;
  }
  if (m_batch_size != 0) {
    return pending.changes >= m_batch_size;
  }
  return pending.changes >= growing_limit(indexed, shards) || pending.postings >= kPostingBudget;
}

}  // namespace news
