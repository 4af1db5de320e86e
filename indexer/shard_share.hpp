// newsindex --shard K/N: one machine's share of an archive indexed by N machines. The
// share is decided by schema::shard_of on each file id, the same hash the shard writers
// of one run use, so the N indexes together hold every article once.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "scanner.hpp"

namespace news {

// Shard `index` (0-based) of `count`; count 0 means the whole archive (no --shard).
struct ShardSpec {
  std::size_t index = 0;
  std::size_t count = 0;

  bool whole() const { return count == 0; }
  // "K/N" as the user writes it (K = index + 1); "" for the whole archive.
  std::string text() const;
  bool operator==(const ShardSpec&) const = default;
};

// Largest N accepted: more shards than this is a typo, not an archive.
inline constexpr std::size_t kMaxShards = 65536;

// "K/N" with 1 <= K <= N <= kMaxShards. Throws Error(kUsage) otherwise.
ShardSpec parse_shard_spec(std::string_view text);

// True when the file `id` belongs to `spec` (always for the whole archive): an indexing
// run reads only these, as the walk gives them.
bool in_share(const std::string& id, const ShardSpec& spec);

// The files of `files` that belong to `spec` (all of them for the whole archive).
std::vector<InputFile> shard_share(const std::vector<InputFile>& files, const ShardSpec& spec);

// The shard an index holds, from its metadata: the whole archive when none is recorded.
ShardSpec recorded_shard(const Xapian::Database& db);

// Records `spec` in a new index (no documents, no collections), or checks it against the
// one recorded: an index holds one share of an archive for all its life, so that a run
// with another --shard (or none) cannot mix shares or delete another share's articles.
// Throws Error(kUsage) naming both specs. The caller commits.
void settle_shard(Xapian::WritableDatabase& db, const ShardSpec& spec, const std::string& dir);

}  // namespace news
