#include "database.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <vector>

#include "fields.hpp"
#include "index_layout.hpp"

namespace news::schema {
namespace {

namespace fs = std::filesystem;

const std::string kReindexHint = "re-index: remove the index directory and run newsindex again";

// Attempts at opening while a compaction switches generations under us.
constexpr int kOpenAttempts = 5;

// Terms of a document whose posting list and positions are read when probing: bounds the
// cost of opening for a document with very many distinct words.
constexpr int kProbedTerms = 256;

Error damaged(const std::string& dir, const std::string& detail) {
  return Error(ExitCode::kDatabase, "index at " + dir + " is damaged: " + detail,
               "newsindex --check --db " + dir + " tells what is damaged; to rebuild, remove " +
                   dir + " and run newsindex again on the same folders");
}

bool is_legacy_index(const std::string& dir) {
  std::error_code ec;
  return fs::exists(fs::path(dir) / "iamglass", ec) || fs::exists(fs::path(dir) / "iamchert", ec);
}

// The folders holding the Xapian tables: the shards of the current generation (the
// generation folder itself for one), or `dir` itself for an index written before
// generations; empty when there is no index.
std::vector<fs::path> tables_folders(const std::string& dir) {
  std::vector<fs::path> folders;
  for (const std::string& folder : layout::shard_folders(dir)) {
    folders.push_back(fs::path(dir) / folder);
  }
  if (folders.empty() && is_legacy_index(dir)) {
    folders.push_back(fs::path(dir));
  }
  return folders;
}

void refuse_regular_file(const std::string& dir) {
  std::error_code ec;
  if (fs::is_regular_file(dir, ec)) {
    throw Error(ExitCode::kDatabase, dir + " is a file, not an index folder",
                "--db names the folder that holds (or will hold) the index");
  }
}

// A regular file given to search: a Xapian stub database file listing indexes ("auto
// one.db"); anything else is named for what it is rather than with Xapian's "Bad line".
Xapian::Database open_stub_for_search(const std::string& file) {
  try {
    Xapian::Database db(file);
    check_schema_version(db, file);
    return db;
  } catch (const Xapian::DatabaseOpeningError&) {
    throw Error(
        ExitCode::kDatabase, file + " is a file, not an index folder nor a stub database",
        "--db names the folder that holds the index, or a Xapian stub file listing indexes");
  }
}

// Xapian's exceptions are not polymorphic: their type is told by name. A read past the
// end of a table file is a plain DatabaseError ("EOF reading block 12"); write failures
// (a full disk: "Error writing block") are DatabaseErrors too, and are not damage.
bool is_damage(const Xapian::Error& e) {
  const std::string type = e.get_type();
  const std::string what = e.get_msg();
  return type == "DatabaseCorruptError" ||
         (type == "DatabaseError" && (what.find("reading block") != std::string::npos ||
                                      what.find("read enough") != std::string::npos));
}

// Reads a little of every table (first and last document: terms, positions, data; one
// posting list), so that a table cut short or corrupt is found at open, not later.
void probe_tables(const Xapian::Database& db) {
  if (db.get_doccount() == 0) {
    return;
  }
  for (const Xapian::docid id : {Xapian::docid(1), db.get_lastdocid()}) {
    Xapian::PostingIterator p = db.postlist_begin("");
    p.skip_to(id);
    if (p == db.postlist_end("")) {
      continue;
    }
    (void)db.get_document(*p).get_data();
    int terms = 0;
    for (auto t = db.termlist_begin(*p); t != db.termlist_end(*p) && terms < kProbedTerms;
         ++t, ++terms) {
      (void)db.get_termfreq(*t);
      (void)db.positionlist_begin(*p, *t).get_description();
    }
  }
}

// Throws when a table file of `folder` is shorter than when last written; before Xapian
// opens it, which may already trip over the missing blocks with a less telling message.
void check_sizes(const fs::path& folder, const std::string& dir) {
  if (const std::string short_table = layout::short_table(folder); !short_table.empty()) {
    throw damaged(dir, short_table);
  }
}

using Shards = std::vector<Xapian::WritableDatabase>;

// A new index of `shard_count` shards, each stamped with the schema version; the stub is
// written last, so a crash before leaves no index (the next run creates it again).
Shards create_index(const std::string& dir, std::size_t shard_count) {
  fs::create_directories(dir);
  const std::string generation = "gen-1";
  Shards shards;
  for (const std::string& folder : layout::shard_folders_of(generation, shard_count)) {
    const fs::path path = fs::path(dir) / folder;
    fs::create_directories(path);
    Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE_OR_OPEN);
    if (db.get_doccount() == 0 && db.get_metadata(std::string(kSchemaVersionKey)).empty()) {
      db.set_metadata(std::string(kSchemaVersionKey), std::to_string(kSchemaVersion));
    }
    db.commit();
    layout::record_table_sizes(path);
    shards.push_back(std::move(db));
  }
  layout::write_stub(dir, generation, shard_count);
  return shards;
}

// Opens the shards of the current generation for writing; empty when a compaction
// switched to another generation meanwhile (open again).
Shards open_generation(const std::string& dir, const std::string& generation) {
  try {
    Shards shards;
    for (const fs::path& folder : tables_folders(dir)) {
      check_sizes(folder, dir);
      shards.emplace_back(folder.string(), Xapian::DB_OPEN);
    }
    if (layout::current_generation(dir) == generation) {
      return shards;
    }
  } catch (const Xapian::DatabaseError&) {
    if (layout::current_generation(dir) == generation) {
      throw;
    }
  }
  return {};
}

Shards open_writable(const std::string& dir, std::size_t shard_count) {
  for (int attempt = 1;; ++attempt) {
    const std::optional<std::string> generation = layout::current_generation(dir);
    if (!generation) {
      if (is_legacy_index(dir)) {
        return Shards{Xapian::WritableDatabase(dir, Xapian::DB_OPEN)};
      }
      return create_index(dir, shard_count);
    }
    if (Shards shards = open_generation(dir, *generation);
        !shards.empty() || attempt == kOpenAttempts) {
      if (shards.empty()) {
        throw Error(ExitCode::kDatabase, "index at " + dir + " keeps changing: cannot open it");
      }
      layout::remove_leftovers(dir);  // we hold the lock of the current generation
      for (const Xapian::WritableDatabase& shard : shards) {
        probe_tables(shard);
      }
      return shards;
    }
  }
}

Error lock_error(const Xapian::Error& e, const std::string& dir) {
  const std::string what = e.get_description();
  if (what.find("already locked") != std::string::npos) {
    return Error(ExitCode::kDatabase, "index at " + dir + " is locked by another newsindex",
                 "wait for the other run to finish");
  }
  return Error(ExitCode::kDatabase, "cannot write the index at " + dir + ": " + e.get_msg(),
               "check that the index folder is yours and writable (or query it with newsquery)");
}

}  // namespace

void check_schema_version(const Xapian::Database& db, const std::string& dir) {
  const std::string stored = db.get_metadata(std::string(kSchemaVersionKey));
  if (stored == std::to_string(kSchemaVersion)) {
    return;
  }
  const std::string what =
      stored.empty() ? "no newsindex schema version" : "schema version " + stored;
  const std::string again =
      ": re-index: remove " + dir + " and run newsindex again on the same folders";
  const std::string hint =
      stored == "1"   ? "ids now start with the folder's collection name" + again
      : stored == "2" ? "the index's term layout changed" + again
      : stored == "3" ? "near-duplicate signatures changed and the index now holds one "
                        "shard per writer" +
                            again
      : stored == "4" ? "the index is stored in a smaller form (stored "
                        "fields, near-duplicate terms)" +
                            again
      : stored == "5" ? "the index keeps fewer values and terms (id, source file, collection, "
                        "canonical names) and indexes dates as terms too (faster date ranges)" +
                            again
      : stored == "6" ? "exact copies of short articles (a headline alone, a line of text) "
                        "are now one story" +
                            again
                      : kReindexHint;
  throw Error(ExitCode::kDatabase,
              "index at " + dir + " has " + what + ", this program reads version " +
                  std::to_string(kSchemaVersion),
              hint);
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

Error database_error(const Xapian::Error& e, const std::string& dir) {
  if (is_damage(e)) {
    return damaged(dir, e.get_msg());
  }
  if (e.get_type() == std::string("DatabaseLockError")) {
    return lock_error(e, dir);
  }
  return Error(ExitCode::kDatabase, "index at " + dir + ": " + e.get_description());
}

Xapian::Database open_for_search(const std::string& dir) {
  Xapian::Database all;
  for (const Xapian::Database& shard : open_shards_for_search(dir)) {
    all.add_database(shard);
  }
  return all;
}

std::vector<Xapian::Database> open_shards_for_search(const std::string& dir) {
  if (std::error_code ec; fs::is_regular_file(dir, ec)) {
    return {open_stub_for_search(dir)};
  }
  for (int attempt = 1;; ++attempt) {
    const std::vector<fs::path> folders = tables_folders(dir);
    if (folders.empty()) {
      throw Error(ExitCode::kDatabase, "no index at " + dir + ": run newsindex first",
                  "newsindex --db " + dir + " FOLDER  (or set NEWSINDEX_DB)");
    }
    try {
      std::vector<Xapian::Database> shards;
      for (const fs::path& folder : folders) {
        check_sizes(folder, dir);  // not probe_tables: a few ms, more than a whole query
        shards.emplace_back(folder.string());
      }
      check_schema_version(shards.front(), dir);
      return shards;
    } catch (const Xapian::DatabaseOpeningError& e) {
      if (attempt == kOpenAttempts || tables_folders(dir) == folders) {
        throw Error(ExitCode::kDatabase, "cannot open index at " + dir + ": " + e.get_msg());
      }
    } catch (const Xapian::Error& e) {
      throw database_error(e, dir);
    }
  }
}

Xapian::WritableDatabase open_for_writing(const std::string& dir) {
  Xapian::WritableDatabase all;
  for (const Xapian::WritableDatabase& shard : open_shards_for_writing(dir, 1)) {
    all.add_database(shard);
  }
  return all;
}

std::vector<Xapian::WritableDatabase> open_shards_for_writing(const std::string& dir,
                                                              std::size_t shard_count) {
  refuse_regular_file(dir);
  try {
    Shards shards = open_writable(dir, std::max<std::size_t>(shard_count, 1));
    check_schema_version(shards.front(), dir);
    return shards;
  } catch (const Xapian::Error& e) {
    throw database_error(e, dir);
  } catch (const fs::filesystem_error& e) {
    throw Error(ExitCode::kDatabase,
                "cannot create the index at " + dir + ": " + e.code().message());
  }
}

std::pair<std::uintmax_t, std::uintmax_t> compact_index(const std::string& dir,
                                                        Xapian::WritableDatabase& db) {
  const std::optional<std::string> current = layout::current_generation(dir);
  if (!current) {
    throw Error(ExitCode::kDatabase, "cannot compact the index at " + dir, kReindexHint);
  }
  const fs::path old = fs::path(dir) / *current;
  const fs::path fresh = fs::path(dir) / layout::next_generation(*current);
  const std::uintmax_t before = layout::folder_size(old);
  std::error_code ec;
  fs::remove_all(fresh, ec);
  layout::test_stop_point("compact-start");
  try {
    db.compact(fresh.string());  // all shards into one database
    layout::record_table_sizes(fresh);
    layout::test_stop_point("compacted");
    layout::write_stub(dir, fresh.filename().string());  // the switch: one atomic rename
  } catch (const Xapian::Error& e) {
    fs::remove_all(fresh, ec);
    throw Error(ExitCode::kDatabase,
                "cannot compact the index at " + dir + ": " + e.get_description());
  } catch (const fs::filesystem_error& e) {
    fs::remove_all(fresh, ec);  // the stub still names the old generation, which is whole
    throw Error(ExitCode::kDatabase,
                "cannot compact the index at " + dir + ": " + e.code().message());
  }
  layout::test_stop_point("switched");
  fs::remove_all(old, ec);  // still under the old generation's lock: no writer can use it
  layout::test_stop_point("old-removed");
  return {before, layout::folder_size(fresh)};
}

void commit(Xapian::WritableDatabase& db, const std::string& dir) {
  try {
    db.commit();
  } catch (const Xapian::Error& e) {
    throw Error(ExitCode::kDatabase, "cannot save the index: " + e.get_description());
  }
  try {
    for (const fs::path& folder : tables_folders(dir)) {
      layout::record_table_sizes(folder);
    }
  } catch (const fs::filesystem_error& e) {
    throw Error(ExitCode::kDatabase, "cannot save the index: " + e.code().message());
  }
}

void commit_shard(Xapian::WritableDatabase& shard, const std::string& dir, std::size_t index) {
  try {
    shard.commit();
  } catch (const Xapian::Error& e) {
    throw Error(ExitCode::kDatabase, "cannot save the index: " + e.get_description());
  }
  try {
    const std::vector<fs::path> folders = tables_folders(dir);
    if (index < folders.size()) {
      layout::record_table_sizes(folders[index]);
    }
  } catch (const fs::filesystem_error& e) {
    throw Error(ExitCode::kDatabase, "cannot save the index: " + e.code().message());
  }
}

bool check_index(const std::string& dir, std::ostream& report) {
  const std::vector<fs::path> folders = tables_folders(dir);
  if (folders.empty()) {
    throw Error(ExitCode::kDatabase, "no index at " + dir,
                "newsindex --db " + dir + " FOLDER  (or set NEWSINDEX_DB)");
  }
  bool whole = true;
  for (const fs::path& folder : folders) {
    if (const std::string short_table = layout::short_table(folder); !short_table.empty()) {
      report << "damaged: " << short_table << '\n';
      whole = false;
    }
    try {
      whole = Xapian::Database::check(folder.string(), 0, &report) == 0 && whole;
    } catch (const Xapian::Error& e) {
      report << "damaged: " << e.get_description() << '\n';
      whole = false;
    }
  }
  return whole;
}

}  // namespace news::schema
