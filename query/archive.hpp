// The indexes one search reads, opened as one archive: local index folders, stub database
// files listing shards, and remote indexes served by xapian-tcpsrv ("tcp://HOST:PORT").
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "column_counts.hpp"
#include "search_result.hpp"

namespace news {

// One Xapian::Database over every location. Not thread-safe: a thread uses its own Archive
// (SearchEngine keeps one per concurrent request).
class Archive {
 public:
  // Opens every location; throws Error(kDatabase) naming the one that cannot be opened or
  // that has another schema version, and Error(kUsage) for no location or a bad tcp:// one.
  explicit Archive(std::vector<std::string> locations);

  Xapian::Database& database() { return m_db; }
  const std::vector<std::string>& locations() const { return m_locations; }
  // True when one of the indexes is remote (remote backends take no custom sort keys).
  bool has_remote() const;
  // Each location's UUID and the revision being read (for manifests).
  std::vector<IndexRevision> revisions() const;

  // The facet columns of the one local index this archive reads, when they describe the
  // revision being read (read again when the revision moves); nullptr for several
  // indexes, a remote one, or no current columns file.
  const CountingColumns* counting_columns();

  // Moves to the latest committed revision of every index (cheap when nothing changed).
  // Falls back to opening them again when the revision being read has gone.
  void reopen();

 private:
  void open_all();

  std::vector<std::string> m_locations;
  Xapian::Database m_db;
  // One handle per location, and one per shard of each, sharing m_db's sub-databases (so
  // reopen() moves them too).
  std::vector<Xapian::Database> m_parts;
  std::vector<std::vector<Xapian::Database>> m_shards;
  // The columns found at the revisions m_columns_revisions; looked for again when the
  // revisions move or, while there are none, when the file's stamp changes.
  std::optional<CountingColumns> m_columns;
  std::optional<std::vector<Xapian::rev>> m_columns_revisions;
  std::string m_columns_stamp;
};

// Opens one location: "tcp://HOST:PORT", else an index folder or a stub database file.
Xapian::Database open_location(const std::string& location);
// The same, one Database per shard of a local index folder.
std::vector<Xapian::Database> open_location_shards(const std::string& location);

}  // namespace news
