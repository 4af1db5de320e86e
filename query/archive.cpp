#include "archive.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "database.hpp"
#include "error.hpp"

namespace news {
namespace {

constexpr std::string_view kRemoteScheme = "tcp://";

Xapian::Database open_remote(const std::string& location) {
  const std::string rest = location.substr(kRemoteScheme.size());
  const std::size_t colon = rest.rfind(':');
  const std::string port = colon == std::string::npos ? "" : rest.substr(colon + 1);
  const bool digits =
      !port.empty() && port.size() <= 5 && port.find_first_not_of("0123456789") == port.npos;
  if (colon == 0 || !digits || std::stoul(port) == 0 || std::stoul(port) > 65535) {
    throw Error(ExitCode::kUsage, "bad remote index \"" + location + "\"",
                "remote indexes are tcp://HOST:PORT (xapian-tcpsrv)");
  }
  return schema::open_remote_for_search(rest.substr(0, colon), unsigned(std::stoul(port)));
}

// The sum of the shards' revisions; nullopt when one of them has none.
std::optional<Xapian::rev> summed_revision(const std::vector<Xapian::Database>& shards) {
  Xapian::rev sum = 0;
  for (const Xapian::Database& shard : shards) {
    if (shard.size() != 1) {
      return std::nullopt;
    }
    try {
      sum += shard.get_revision();
    } catch (const Xapian::InvalidOperationError&) {
      return std::nullopt;
    } catch (const Xapian::UnimplementedError&) {
      return std::nullopt;
    }
  }
  return sum;
}

}  // namespace

Xapian::Database open_location(const std::string& location) {
  Xapian::Database all;
  for (const Xapian::Database& shard : open_location_shards(location)) {
    all.add_database(shard);
  }
  return all;
}

std::vector<Xapian::Database> open_location_shards(const std::string& location) {
  if (location.starts_with(kRemoteScheme)) {
    return {open_remote(location)};
  }
  return schema::open_shards_for_search(location);
}

Archive::Archive(std::vector<std::string> locations) : m_locations(std::move(locations)) {
  if (m_locations.empty()) {
    throw Error(ExitCode::kUsage, "no index to search", "give --db DIR (repeatable)");
  }
  open_all();
}

void Archive::open_all() {
  Xapian::Database all;
  std::vector<Xapian::Database> parts;
  std::vector<std::vector<Xapian::Database>> shards;
  for (const std::string& location : m_locations) {
    shards.push_back(open_location_shards(location));
    parts.emplace_back();
    for (const Xapian::Database& shard : shards.back()) {
      parts.back().add_database(shard);
    }
    all.add_database(parts.back());
  }
  m_db = all;
  m_parts = std::move(parts);
  m_shards = std::move(shards);
  m_columns.reset();
  m_columns_revisions.reset();
  m_columns_stamp.clear();
}

const CountingColumns* Archive::counting_columns() {
  if (m_shards.size() != 1 || has_remote()) {
    return nullptr;
  }
  std::vector<Xapian::rev> revisions;
  try {
    for (const Xapian::Database& shard : m_shards.front()) {
      revisions.push_back(shard.get_revision());
    }
  } catch (const Xapian::Error&) {
    return nullptr;  // not a local glass database (a stub file given as such)
  }
  if (m_columns_revisions == revisions && m_columns) {
    return &*m_columns;
  }
  std::string stamp = schema::facet_columns_stamp(m_locations.front());
  if (m_columns_revisions != revisions || stamp != m_columns_stamp) {
    m_columns_revisions = revisions;
    m_columns_stamp = std::move(stamp);
    m_columns.reset();
    auto columns = schema::FacetColumns::open(m_locations.front(), m_shards.front());
    if (columns) {
      m_columns = CountingColumns{std::move(columns), m_shards.front()};
    }
  }
  return m_columns ? &*m_columns : nullptr;
}

std::vector<IndexRevision> Archive::revisions() const {
  std::vector<IndexRevision> out;
  for (std::size_t i = 0; i < m_parts.size(); ++i) {
    const std::string& location = m_locations[i];
    const bool remote = location.starts_with(kRemoteScheme);
    // A local index by its absolute path, so that a manifest can be run from anywhere.
    std::error_code ec;
    const std::string absolute =
        std::filesystem::absolute(location, ec).lexically_normal().string();
    IndexRevision r{remote || ec ? location : absolute, m_parts[i].get_uuid(), std::nullopt};
    // Xapian gives a revision for one local glass database only (not remote, nor a stub
    // file of several): an index of several shards has the sum of its shards' (each
    // only grows, so the same sum is the same state).
    if (!remote) {
      r.revision = summed_revision(m_shards[i]);
    }
    out.push_back(std::move(r));
  }
  return out;
}

bool Archive::has_remote() const {
  return std::any_of(m_locations.begin(), m_locations.end(),
                     [](const std::string& l) { return l.starts_with(kRemoteScheme); });
}

void Archive::reopen() {
  try {
    m_db.reopen();
  } catch (const Xapian::DatabaseError&) {
    open_all();
  }
}

}  // namespace news
