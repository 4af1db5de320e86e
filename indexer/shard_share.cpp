#include "shard_share.hpp"

#include <charconv>

#include "error.hpp"
#include "fields.hpp"
#include "shards.hpp"

namespace news {
namespace {

// A decimal number filling all of `text`, or 0.
std::size_t whole_number(std::string_view text) {
  std::size_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && end == text.data() + text.size() ? value : 0;
}

std::string described(const ShardSpec& spec) {
  return spec.whole() ? "the whole archive (no --shard)" : "shard " + spec.text();
}

}  // namespace

std::string ShardSpec::text() const {
  return whole() ? "" : std::to_string(index + 1) + "/" + std::to_string(count);
}

ShardSpec parse_shard_spec(std::string_view text) {
  const std::size_t slash = text.find('/');
  const std::size_t k = slash == text.npos ? 0 : whole_number(text.substr(0, slash));
  const std::size_t n = slash == text.npos ? 0 : whole_number(text.substr(slash + 1));
  if (k == 0 || n == 0 || k > n || n > kMaxShards) {
    throw Error(ExitCode::kUsage,
                "--shard " + std::string(text) + ": expected K/N with 1 <= K <= N",
                "newsindex --shard 1/4 ... on the first of four machines, 2/4 on the second");
  }
  return ShardSpec{k - 1, n};
}

bool in_share(const std::string& id, const ShardSpec& spec) {
  return spec.whole() || schema::shard_of(id, spec.count) == spec.index;
}

std::vector<InputFile> shard_share(const std::vector<InputFile>& files, const ShardSpec& spec) {
  std::vector<InputFile> share;
  for (const InputFile& file : files) {
    if (in_share(file.id, spec)) {
      share.push_back(file);
    }
  }
  return share;
}

ShardSpec recorded_shard(const Xapian::Database& db) {
  const std::string text = db.get_metadata(std::string(schema::kShardKey));
  return text.empty() ? ShardSpec{} : parse_shard_spec(text);
}

void settle_shard(Xapian::WritableDatabase& db, const ShardSpec& spec, const std::string& dir) {
  const std::string key(schema::kShardKey);
  const bool fresh =
      db.get_doccount() == 0 && db.metadata_keys_begin(std::string(schema::kCollectionKeyPrefix)) ==
                                    db.metadata_keys_end(std::string(schema::kCollectionKeyPrefix));
  if (fresh) {
    db.set_metadata(key, spec.text());
    return;
  }
  const ShardSpec recorded = recorded_shard(db);
  if (recorded != spec) {
    throw Error(ExitCode::kUsage,
                "index at " + dir + " holds " + described(recorded) + "; this run asks for " +
                    described(spec),
                recorded.whole() ? "index this share into a new --db folder"
                                 : "give --shard " + recorded.text() +
                                       " with this index, or another --db folder");
  }
}

}  // namespace news
