#include "shards.hpp"

#include <xxhash.h>

namespace news::schema {

namespace {
// Fixed so that the assignment never changes with the build; changing it moves files
// between shards of existing indexes.
constexpr XXH64_hash_t kShardSeed = 0x6e657773'73686172ULL;
}  // namespace

std::size_t shard_of(std::string_view file_id, std::size_t shard_count) {
  if (shard_count <= 1) {
    return 0;
  }
  const XXH64_hash_t hash = XXH3_64bits_withSeed(file_id.data(), file_id.size(), kShardSeed);
  return static_cast<std::size_t>(hash % shard_count);
}

}  // namespace news::schema
