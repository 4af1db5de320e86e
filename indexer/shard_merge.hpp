// newsindex --merge OUT SHARD...: shard indexes (built apart with --shard K/N, or any
// indexes of distinct articles) compacted into one new index that newsquery and later
// newsindex runs use like any other.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>

#include "options.hpp"

namespace news {

// How metadata keys set in more than one shard are merged (Xapian calls this only for
// keys that collide; a key set in one shard is copied as it is):
//  - schema version: the same in all (sources of another version are refused first);
//  - collections (name -> folder): the first shard's folder; shards built on other
//    machines may name other folders (newsindex --move-root re-attaches them);
//  - known failures: the first shard's record (a file belongs to one shard only);
//  - display forms of names: a form not written in capitals wins, as when indexing;
//  - alias rules: the first shard's lines, then the lines other shards add;
//  - link evidence (JSON per field): the union; a mention linked with different evidence
//    in two shards gets none, so that it is linked again over the merged archive;
//  - the shard spec: dropped (the merged index is not one share: see run_merge).
// Entity counts are term frequencies and spelling data are Xapian's own tables: the
// Compactor adds them up.
class ShardMetadataMerger : public Xapian::Compactor {
 public:
  std::string resolve_duplicate_metadata(const std::string& key, std::size_t num_tags,
                                         const std::string tags[]) override;
};

struct MergeSummary {
  std::size_t shards = 0;
  Xapian::doccount articles = 0;
  std::uintmax_t bytes = 0;
  std::size_t relinked = 0;  // articles whose links changed over the merged archive
  std::string note;          // what the merged index holds when not a whole archive
  std::string line() const;
};

// Merges the indexes named by options.inputs into the new index options.merge_into, then
// links the names again over the merged archive (the entity catalogue of each shard saw
// its share only). Refuses two shards of the same K/N and an existing OUT.
// Throws Error(kDatabase, kUsage).
MergeSummary run_merge(const IndexerOptions& options);

}  // namespace news
