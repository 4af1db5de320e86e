// The index folder on disk. DIR holds a Xapian stub file, DIR/XAPIANDB ("glass gen-N"),
// naming the generation folder DIR/gen-N that holds the Xapian database; an index of K
// shards (one per writer thread) lists one line per shard ("glass gen-N/shard-0", ...),
// which Xapian opens as one database: the stub is the record of the shard count. Compaction
// writes generation N+1 beside it and switches by renaming a new stub over the old one
// (atomic), so DIR always names one complete database; leftovers of a crash are generation
// folders the stub does not name, removed by the next writer once it holds the lock.
//
// Each generation also records the size of its table files after every commit
// (gen-N/newsindex-sizes): Xapian's tables never shrink, so a table file shorter than
// recorded has been cut short, which Xapian itself may not notice until much later.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace news::schema::layout {

// The generation folder the stub names ("gen-3"), or nullopt when there is no stub.
std::optional<std::string> current_generation(const std::filesystem::path& dir);

// The folders of the shards the stub lists, relative to `dir` ("gen-3", or "gen-3/shard-0"
// ... for an index of several shards); empty when there is no stub.
std::vector<std::string> shard_folders(const std::filesystem::path& dir);

// The folders of `shard_count` shards of `generation`: the generation folder itself for
// one shard, else its subfolders shard-0 ... shard-(K-1).
std::vector<std::string> shard_folders_of(const std::string& generation, std::size_t shard_count);

// Writes the stub naming `generation` with `shard_count` shards, atomically (temporary
// file, fsync, rename, fsync).
void write_stub(const std::filesystem::path& dir, const std::string& generation,
                std::size_t shard_count = 1);

// The generation that follows `generation` ("gen-3" -> "gen-4").
std::string next_generation(const std::string& generation);

// Removes generation folders and temporary stubs the stub does not name. Only for the
// holder of the write lock of the current generation.
void remove_leftovers(const std::filesystem::path& dir);

// Writes `text` to `target` through the temporary file `temp` (fsync) renamed into place
// (fsync of the folder): readers see the old file or the new one, never a part. `step`
// names the moment between the two for test_stop_point.
void write_atomically(const std::filesystem::path& target, const std::filesystem::path& temp,
                      const std::string& text, const char* step);

// Records the sizes of the table files of a generation folder.
void record_table_sizes(const std::filesystem::path& generation_dir);

// "position.glass is 8192 bytes, 557056 when last written" for the first table file that
// is missing or shorter than recorded; "" when all are whole (or nothing is recorded).
std::string short_table(const std::filesystem::path& generation_dir);

// Test hook: when $NEWSINDEX_TEST_STOP_AT names `step`, the process kills itself there
// (SIGKILL), or stops (SIGSTOP) when the value is "pause:" + step. Used by the tests of
// crash recovery; never set in normal use.
void test_stop_point(const char* step);

// Total bytes of the regular files under `dir`.
std::uintmax_t folder_size(const std::filesystem::path& dir);

}  // namespace news::schema::layout
