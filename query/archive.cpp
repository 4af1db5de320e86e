#include "archive.hpp"

#include <algorithm>

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
  m_db = open_all();
}

Xapian::Database Archive::open_all() const {
  Xapian::Database all;
  for (const std::string& location : m_locations) {
    all.add_database(open_location(location));
  }
  return all;
}

bool Archive::has_remote() const {
  return std::any_of(m_locations.begin(), m_locations.end(),
                     [](const std::string& l) { return l.starts_with(kRemoteScheme); });
}

void Archive::reopen() {
  try {
    m_db.reopen();
  } catch (const Xapian::DatabaseError&) {
    m_db = open_all();
  }
}

}  // namespace news
