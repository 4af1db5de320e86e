#include "database.hpp"

#include <cstdlib>
#include <filesystem>

#include "error.hpp"
#include "fields.hpp"

namespace news::schema {
namespace {

const std::string kReindexHint = "re-index: remove the index directory and run newsindex again";

bool looks_like_index(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  return fs::exists(fs::path(dir) / "iamglass", ec) || fs::exists(fs::path(dir) / "iamchert", ec) ||
         fs::is_regular_file(dir, ec);  // a stub database file
}

}  // namespace

void check_schema_version(const Xapian::Database& db, const std::string& dir) {
  const std::string stored = db.get_metadata(std::string(kSchemaVersionKey));
  if (stored == std::to_string(kSchemaVersion)) {
    return;
  }
  const std::string what =
      stored.empty() ? "no newsindex schema version" : "schema version " + stored;
  throw Error(ExitCode::kDatabase,
              "index at " + dir + " has " + what + ", this program reads version " +
                  std::to_string(kSchemaVersion),
              kReindexHint);
}

Xapian::Database open_remote_for_search(const std::string& host, unsigned port) {
  const std::string name = "tcp://" + host + ":" + std::to_string(port);
  try {
    Xapian::Database db = Xapian::Remote::open(host, port);
    check_schema_version(db, name);
    return db;
  } catch (const Xapian::Error& e) {
    throw Error(ExitCode::kDatabase, "cannot open index at " + name + ": " + e.get_description(),
                "is xapian-tcpsrv serving it?");
  }
}

std::string default_database_dir() {
  const char* env = std::getenv("NEWSINDEX_DB");
  return env != nullptr && *env != '\0' ? env : "newsindex.db";
}

Xapian::Database open_for_search(const std::string& dir) {
  if (!looks_like_index(dir)) {
    throw Error(ExitCode::kDatabase, "no index at " + dir + ": run newsindex first",
                "newsindex --db " + dir + " FOLDER  (or set NEWSINDEX_DB)");
  }
  try {
    Xapian::Database db(dir);
    check_schema_version(db, dir);
    return db;
  } catch (const Xapian::DatabaseError& e) {
    throw Error(ExitCode::kDatabase, "cannot open index at " + dir + ": " + e.get_description());
  }
}

Xapian::WritableDatabase open_for_writing(const std::string& dir) {
  try {
    Xapian::WritableDatabase db(dir, Xapian::DB_CREATE_OR_OPEN);
    if (db.get_doccount() == 0 && db.get_metadata(std::string(kSchemaVersionKey)).empty()) {
      db.set_metadata(std::string(kSchemaVersionKey), std::to_string(kSchemaVersion));
      db.commit();
    }
    check_schema_version(db, dir);
    return db;
  } catch (const Xapian::DatabaseLockError&) {
    throw Error(ExitCode::kDatabase, "index at " + dir + " is locked by another newsindex",
                "wait for the other run to finish");
  } catch (const Xapian::DatabaseError& e) {
    throw Error(ExitCode::kDatabase, "cannot open index at " + dir + ": " + e.get_description());
  }
}

namespace {

std::uintmax_t folder_size(const std::filesystem::path& dir) {
  std::uintmax_t bytes = 0;
  std::error_code ec;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir, ec)) {
    bytes += entry.is_regular_file(ec) ? entry.file_size(ec) : 0;
  }
  return bytes;
}

}  // namespace

std::pair<std::uintmax_t, std::uintmax_t> compact_index(const std::string& dir) {
  namespace fs = std::filesystem;
  const fs::path target(dir), fresh(dir + ".compacting"), old(dir + ".old");
  std::error_code ec;
  fs::remove_all(fresh, ec);
  fs::remove_all(old, ec);
  try {
    Xapian::Database(dir).compact(fresh.string());
  } catch (const Xapian::Error& e) {
    fs::remove_all(fresh, ec);
    throw Error(ExitCode::kDatabase,
                "cannot compact the index at " + dir + ": " + e.get_description());
  }
  const std::uintmax_t before = folder_size(target);
  // Two renames: a crash between them leaves the complete old index at DIR.old.
  fs::rename(target, old);
  fs::rename(fresh, target);
  fs::remove_all(old, ec);
  return {before, folder_size(target)};
}

void commit(Xapian::WritableDatabase& db) {
  try {
    db.commit();
  } catch (const Xapian::Error& e) {
    throw Error(ExitCode::kDatabase, "cannot save the index: " + e.get_description());
  }
}

}  // namespace news::schema
