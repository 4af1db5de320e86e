// The newsindex command line, parsed into a plain struct.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "shard_share.hpp"

namespace news {

struct IndexerOptions {
  std::string db_dir;               // --db, else $NEWSINDEX_DB, else ./newsindex.db
  std::vector<std::string> inputs;  // files and folders
  bool extract = false;             // --extract: print JSON Lines, touch no database
  bool no_delete = false;           // --no-delete: keep articles whose files are gone
  bool compact = false;             // --compact: rewrite the index compactly at the end
  bool check = false;               // --check: check the index for damage, index nothing
  std::string collection;           // --collection: name of the (one) folder input
  std::pair<std::string, std::string> move_root;  // --move-root OLD NEW (empty when not given)
  bool quiet = false;                             // --quiet: no progress and no summary
  bool progress = false;       // show progress (stderr is a terminal and not quiet)
  unsigned jobs = 1;           // --jobs: parsing threads
  unsigned writers = 1;        // --writers: shards (writer threads) of a new index
  std::size_t batch_size = 0;  // --batch-size: changes per commit (0: CommitPolicy's default)
  std::size_t max_article_bytes = std::size_t{10} << 20;  // --max-article-bytes
  std::map<std::string, std::string> field_map;           // --map FIELD=KEY (JSON and CSV records)
  bool entities = false;               // --entities: list the entity catalogue, index nothing
  std::string entity_type;             // --type: person, org or place (empty: all three)
  std::string entity_format = "text";  // --format: text, csv or json
  std::string aliases_file;            // --aliases FILE: the alias rules to apply
  ShardSpec shard;                     // --shard K/N: only this share of the inputs
  std::string merge_into;              // --merge OUT: inputs are shard indexes to merge
  bool show_help = false;
  bool show_version = false;
  std::string help_text;
};

// Writer threads (shards) by default at most, and at most on request.
inline constexpr unsigned kDefaultMaxWriters = 8;
inline constexpr unsigned kMaxWriters = 64;

// Parses argv. Throws Error(kUsage) with a one-line reason on a bad command line.
IndexerOptions parse_indexer_options(int argc, const char* const argv[]);

}  // namespace news
