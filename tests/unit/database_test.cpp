// Opening indexes: missing index, schema version stamping and mismatch.
#include <gtest/gtest.h>

#include "database.hpp"
#include "error.hpp"
#include "fields.hpp"
#include "support/temp_dir.hpp"

namespace news::schema {
namespace {

using test::TempDir;

TEST(Database, MissingIndexTellsToRunNewsindex) {
  TempDir dir;
  try {
    open_for_search(dir / "none.db");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDatabase);
    EXPECT_NE(std::string(e.what()).find("run newsindex first"), std::string::npos);
  }
}

TEST(Database, NewIndexIsStampedWithTheSchemaVersion) {
  TempDir dir;
  open_for_writing(dir / "a.db");
  const Xapian::Database db = open_for_search(dir / "a.db");
  EXPECT_EQ(db.get_metadata(std::string(kSchemaVersionKey)), std::to_string(kSchemaVersion));
}

TEST(Database, OtherSchemaVersionIsRefusedWithAReindexHint) {
  TempDir dir;
  {
    Xapian::WritableDatabase db(dir / "old.db", Xapian::DB_CREATE);
    db.set_metadata(std::string(kSchemaVersionKey), "0");
    db.add_document(Xapian::Document());
    db.commit();
  }
  for (const bool writing : {false, true}) {
    try {
      writing ? void(open_for_writing(dir / "old.db")) : void(open_for_search(dir / "old.db"));
      FAIL() << "writing=" << writing;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ExitCode::kDatabase);
      EXPECT_NE(std::string(e.what()).find("schema version 0"), std::string::npos) << e.what();
      EXPECT_NE(e.hint().find("re-index"), std::string::npos) << e.hint();
    }
  }
}

TEST(Database, ForeignXapianIndexIsRefused) {
  TempDir dir;
  {
    Xapian::WritableDatabase db(dir / "foreign.db", Xapian::DB_CREATE);
    db.add_document(Xapian::Document());
    db.commit();
  }
  EXPECT_THROW(open_for_search(dir / "foreign.db"), Error);
}

TEST(Database, XapianErrorsAreToldApart) {
  const auto message = [](const Xapian::Error& e) {
    const Error error = database_error(e, "db");
    EXPECT_EQ(error.code(), ExitCode::kDatabase);
    return std::string(error.what()) + " | " + error.hint();
  };
  for (const std::string& damage :
       {message(Xapian::DatabaseError("EOF reading block 4")),
        message(Xapian::DatabaseCorruptError("dir_end invalid in block 10"))}) {
    EXPECT_NE(damage.find("index at db is damaged"), std::string::npos) << damage;
    EXPECT_NE(damage.find("newsindex --check --db db"), std::string::npos) << damage;
  }
  const std::string full =
      message(Xapian::DatabaseError("Error writing block 7: No space left on device"));
  EXPECT_EQ(full.find("damaged"), std::string::npos) << full;
  EXPECT_NE(full.find("No space left on device"), std::string::npos) << full;
  const std::string locked =
      message(Xapian::DatabaseLockError("Unable to get write lock on db/gen-1: already locked"));
  EXPECT_NE(locked.find("locked by another newsindex"), std::string::npos) << locked;
  const std::string read_only = message(Xapian::DatabaseLockError(
      "Unable to get write lock on db/gen-1", "Couldn't open lockfile: Permission denied"));
  EXPECT_EQ(read_only.find("locked by another"), std::string::npos) << read_only;
  EXPECT_NE(read_only.find("cannot write the index at db"), std::string::npos) << read_only;
}

TEST(Database, DefaultDirectoryFollowsTheEnvironment) {
  setenv("NEWSINDEX_DB", "/somewhere/news.db", 1);
  EXPECT_EQ(default_database_dir(), "/somewhere/news.db");
  unsetenv("NEWSINDEX_DB");
  EXPECT_EQ(default_database_dir(), "newsindex.db");
}

}  // namespace
}  // namespace news::schema
