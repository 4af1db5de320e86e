#include "shard_merge.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "catalogue/catalogue.hpp"
#include "database.hpp"
#include "error.hpp"
#include "fields.hpp"
#include "index_merge.hpp"
#include "indexer.hpp"
#include "shard_share.hpp"

namespace news {
namespace {

std::string merge_lines(std::size_t count, const std::string tags[]) {
  std::set<std::string> seen;
  std::string merged;
  for (std::size_t i = 0; i < count; ++i) {
    std::istringstream lines(tags[i]);
    for (std::string line; std::getline(lines, line);) {
      if (i == 0 || seen.insert(line).second) {
        seen.insert(line);
        merged += line + "\n";
      }
    }
  }
  return merged;
}

std::string merge_link_evidence(std::size_t count, const std::string tags[]) {
  nlohmann::json merged = nlohmann::json::object();
  for (std::size_t i = 0; i < count; ++i) {
    const nlohmann::json j = nlohmann::json::parse(tags[i], nullptr, false);
    if (!j.is_object()) {
      continue;
    }
    for (const auto& [mention, evidence] : j.items()) {
      const auto it = merged.find(mention);
      if (it == merged.end()) {
        merged[mention] = evidence;
      } else if (*it != evidence) {
        *it = "";  // matches no fresh evidence: linked again
      }
    }
  }
  return merged.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string pick_display_name(std::size_t count, const std::string tags[]) {
  std::map<std::string, std::string> names;
  for (std::size_t i = 0; i < count; ++i) {
    catalogue::add_display_name(names, tags[i]);
  }
  return names.size() == 1 ? names.begin()->second : tags[0];
}

// The shard specs of the sources: two of the same share would hold the same articles
// twice. Returns what the merged index holds when it is not a whole archive.
std::string check_shards(const std::vector<std::string>& sources) {
  std::set<std::string> specs;
  std::size_t count = 0;
  for (const std::string& source : sources) {
    const ShardSpec spec = recorded_shard(schema::open_for_search(source));
    if (!spec.whole() && !specs.insert(spec.text()).second) {
      throw Error(ExitCode::kUsage, "shard " + spec.text() + " given twice (" + source + ")",
                  "merge each shard once: the same share twice holds its articles twice");
    }
    count = spec.whole() ? count : spec.count;
  }
  if (count != 0 && specs.size() < count) {
    return "merged " + std::to_string(specs.size()) + " of " + std::to_string(count) +
           " shards: later runs without --shard index the rest into it";
  }
  return "";
}

// Xapian 1.4's glass backend passes the key as stored in its table, after the two bytes
// that mark user metadata ("\0\xc0"); other backends and later versions pass it bare.
std::string user_key(const std::string& key) {
  constexpr std::string_view kGlassMetadata("\0\xc0", 2);
  return key.starts_with(kGlassMetadata) ? key.substr(kGlassMetadata.size()) : key;
}

}  // namespace

std::string ShardMetadataMerger::resolve_duplicate_metadata(const std::string& stored_key,
                                                            std::size_t num_tags,
                                                            const std::string tags[]) {
  const std::string key = user_key(stored_key);
  if (key == schema::kShardKey) {
    return "";
  }
  if (std::all_of(tags, tags + num_tags, [&](const std::string& t) { return t == tags[0]; })) {
    return tags[0];
  }
  if (key == schema::metadata::kAliases) {
    return merge_lines(num_tags, tags);
  }
  if (key.starts_with(schema::metadata::kLinkState)) {
    return merge_link_evidence(num_tags, tags);
  }
  if (key.starts_with(schema::metadata::kDisplayName)) {
    return pick_display_name(num_tags, tags);
  }
  return tags[0];  // schema version, collections, known failures: see the header
}

std::string MergeSummary::line() const {
  std::ostringstream out;
  out << "merged " << shards << " indexes: " << articles << " articles, "
      << (bytes + (1 << 19)) / (1 << 20) << " MB; names re-linked in " << relinked << " articles";
  return out.str();
}

MergeSummary run_merge(const IndexerOptions& o) {
  MergeSummary summary;
  summary.shards = o.inputs.size();
  summary.note = check_shards(o.inputs);
  ShardMetadataMerger merger;
  summary.bytes =
      schema::merge_indexes(o.inputs, o.merge_into, merger, [&](Xapian::WritableDatabase& db) {
        db.set_metadata(std::string(schema::kShardKey), "");
        summary.relinked = catalogue::update_links(db, {}, {}).relinked;
        summary.articles = db.get_doccount();
      });
  refresh_facet_columns(o.merge_into);
  return summary;
}

}  // namespace news
