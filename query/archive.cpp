#include "archive.hpp"

#include <algorithm>
#include <filesystem>

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

}  // namespace

Xapian::Database open_location(const std::string& location) {
  if (location.starts_with(kRemoteScheme)) {
    return open_remote(location);
  }
  return schema::open_for_search(location);
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
  for (const std::string& location : m_locations) {
    parts.push_back(open_location(location));
    all.add_database(parts.back());
  }
  m_db = all;
  m_parts = std::move(parts);
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
    // Xapian gives a revision for one local glass database only (not remote or sharded).
    if (m_parts[i].size() == 1 && !remote) {
      try {
        r.revision = m_parts[i].get_revision();
      } catch (const Xapian::InvalidOperationError&) {
      } catch (const Xapian::UnimplementedError&) {
      }
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
