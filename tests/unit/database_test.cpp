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

TEST(Database, DefaultDirectoryFollowsTheEnvironment) {
  setenv("NEWSINDEX_DB", "/somewhere/news.db", 1);
  EXPECT_EQ(default_database_dir(), "/somewhere/news.db");
  unsetenv("NEWSINDEX_DB");
  EXPECT_EQ(default_database_dir(), "newsindex.db");
}

}  // namespace
}  // namespace news::schema
