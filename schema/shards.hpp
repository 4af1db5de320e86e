// Which shard an input belongs to. One hash decides both where a shard writer of one run
// puts a file's articles and which inputs `newsindex --shard K/N` indexes on one machine,
// so shards built apart hold the same articles as shards built together.
#pragma once

#include <cstddef>
#include <string_view>

namespace news::schema {

// The shard (0 .. shard_count - 1) of the source file `file_id` (the value of the source
// file term: all articles of one file land in one shard, so replacing or deleting a file
// touches one shard). Stable across runs, machines and builds; shard_count 0 is taken as 1.
std::size_t shard_of(std::string_view file_id, std::size_t shard_count);

}  // namespace news::schema
