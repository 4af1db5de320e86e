// The index folder: stub and generations, leftovers of a crashed compaction, recorded
// table sizes, and opening through it.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <vector>

#include "database.hpp"
#include "error.hpp"
#include "fields.hpp"
#include "index_layout.hpp"
#include "support/temp_dir.hpp"

namespace news::schema {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

TEST(IndexLayout, NewIndexIsAStubNamingItsFirstGeneration) {
  TempDir dir;
  open_for_writing(dir / "db");
  EXPECT_EQ(layout::current_generation(dir / "db"), "gen-1");
  EXPECT_TRUE(fs::exists(fs::path(dir / "db") / "gen-1" / "iamglass"));
  EXPECT_EQ(layout::next_generation("gen-1"), "gen-2");
  EXPECT_EQ(layout::next_generation("gen-41"), "gen-42");
}

TEST(IndexLayout, WriterRemovesGenerationsTheStubDoesNotName) {
  TempDir dir;
  const fs::path db = dir / "db";
  open_for_writing(db);
  fs::create_directories(db / "gen-2");  // a compaction killed before the switch
  test::write_file(db / "XAPIANDB.tmp", "glass gen-2\n");
  open_for_search(db.string());  // readers leave them alone
  EXPECT_TRUE(fs::exists(db / "gen-2"));
  open_for_writing(db.string());
  EXPECT_FALSE(fs::exists(db / "gen-2"));
  EXPECT_FALSE(fs::exists(db / "XAPIANDB.tmp"));
  EXPECT_TRUE(fs::exists(db / "gen-1"));
}

TEST(IndexLayout, CompactionSwitchesGenerationsUnderTheLock) {
  TempDir dir;
  const std::string db = dir / "db";
  Xapian::WritableDatabase writer = open_for_writing(db);
  Xapian::Document doc;
  doc.add_term("hello");
  writer.add_document(doc);
  commit(writer, db);
  const auto [before, after] = compact_index(db, writer);
  EXPECT_GT(before, 0u);
  EXPECT_GT(after, 0u);
  EXPECT_EQ(layout::current_generation(db), "gen-2");
  EXPECT_FALSE(fs::exists(fs::path(db) / "gen-1"));
  EXPECT_EQ(open_for_search(db).get_doccount(), 1u);
}

// An index of several shards: the stub lists them, Xapian opens it as one (document g in
// shard (g - 1) % K), an existing index keeps its shard count, compaction makes it one.
TEST(IndexLayout, ShardsAreListedInTheStubAndOpenAsOne) {
  TempDir dir;
  const std::string db = dir / "db";
  {
    std::vector<Xapian::WritableDatabase> shards = open_shards_for_writing(db, 3);
    ASSERT_EQ(shards.size(), 3u);
    for (Xapian::docid k = 0; k < 3; ++k) {
      Xapian::Document doc;
      doc.add_term("shard" + std::to_string(k));
      shards[k].replace_document(2, doc);  // global document 3 + k
      commit_shard(shards[k], db, k);
    }
    shards[0].set_metadata("key", "value");
    commit_shard(shards[0], db, 0);
  }
  EXPECT_EQ(layout::shard_folders(db),
            (std::vector<std::string>{"gen-1/shard-0", "gen-1/shard-1", "gen-1/shard-2"}));
  EXPECT_EQ(layout::current_generation(db), "gen-1");
  EXPECT_EQ(open_shards_for_writing(db, 5).size(), 3u);  // kept
  const Xapian::Database all = open_for_search(db);
  EXPECT_EQ(all.get_doccount(), 3u);
  EXPECT_EQ(all.get_metadata("key"), "value");
  EXPECT_EQ(*all.postlist_begin("shard2"), 6u);
  EXPECT_EQ(Xapian::Database(db).get_doccount(), 3u);  // the stub, as xapian-tcpsrv opens it
  std::ostringstream report;
  EXPECT_TRUE(check_index(db, report)) << report.str();
  {
    Xapian::WritableDatabase writer = open_for_writing(db);
    compact_index(db, writer);
  }
  EXPECT_EQ(layout::shard_folders(db), (std::vector<std::string>{"gen-2"}));
  EXPECT_EQ(open_for_search(db).get_doccount(), 3u);
  EXPECT_EQ(open_shards_for_writing(db, 3).size(), 1u);
}

TEST(IndexLayout, AShortTableInAnyShardIsDamage) {
  TempDir dir;
  const std::string db = dir / "db";
  {
    std::vector<Xapian::WritableDatabase> shards = open_shards_for_writing(db, 2);
    Xapian::Document doc;
    doc.add_posting("word", 1);
    doc.set_data(std::string(20000, 'x'));
    shards[1].add_document(doc);
    commit_shard(shards[1], db, 1);
  }
  const fs::path table = fs::path(db) / "gen-1" / "shard-1" / "docdata.glass";
  fs::resize_file(table, fs::file_size(table) - 8192);
  std::ostringstream report;
  EXPECT_FALSE(check_index(db, report));
  EXPECT_NE(report.str().find("docdata.glass is"), std::string::npos) << report.str();
  EXPECT_THROW(open_for_search(db), Error);
  EXPECT_THROW(open_shards_for_writing(db, 2), Error);
}

TEST(IndexLayout, ShortTableIsNamed) {
  TempDir dir;
  const fs::path generation = dir.path() / "gen-1";
  test::write_file(generation / "position.glass", std::string(16384, 'x'));
  layout::record_table_sizes(generation);
  EXPECT_EQ(layout::short_table(generation), "");
  fs::resize_file(generation / "position.glass", 8192);
  EXPECT_EQ(layout::short_table(generation),
            "position.glass is 8192 bytes, 16384 when last written");
  fs::remove(generation / "position.glass");
  EXPECT_EQ(layout::short_table(generation), "position.glass is missing");
}

TEST(IndexLayout, CheckReportsAWholeIndex) {
  TempDir dir;
  open_for_writing(dir / "db");
  std::ostringstream report;
  EXPECT_TRUE(check_index(dir / "db", report)) << report.str();
  EXPECT_THROW(check_index(dir / "none", report), Error);
}

TEST(IndexLayout, OlderSchemaVersionsAreRefusedWithAReindexHint) {
  // 1: ids without collections; 2: the language prefix nested in the place prefix; 3:
  // signatures with sign-offs, none for bodies of 10-24 words, and one database, not one
  // shard per writer; 4: JSON document data, 32-bit signature minima and their band terms;
  // 5: no date terms; 6: short bodies without a print.
  const std::pair<const char*, const char*> kOld[] = {{"1", "collection name"},
                                                      {"2", "term layout changed"},
                                                      {"3", "near-duplicate signatures"},
                                                      {"3", "one shard per writer"},
                                                      {"4", "smaller form"},
                                                      {"5", "fewer values"},
                                                      {"6", "short articles"}};
  for (const auto& [version, why] : kOld) {
    TempDir dir;
    {
      Xapian::WritableDatabase db(dir / "old.db", Xapian::DB_CREATE);
      db.set_metadata(std::string(kSchemaVersionKey), version);
      db.add_document(Xapian::Document());
      db.commit();
    }
    for (const bool writing : {false, true}) {
      try {
        writing ? void(open_for_writing(dir / "old.db")) : void(open_for_search(dir / "old.db"));
        FAIL() << version;
      } catch (const Error& e) {
        EXPECT_EQ(e.code(), ExitCode::kDatabase);
        EXPECT_NE(std::string(e.what()).find("schema version " + std::string(version) +
                                             ", this program reads version " +
                                             std::to_string(kSchemaVersion)),
                  std::string::npos)
            << e.what();
        EXPECT_NE(e.hint().find("re-index: remove"), std::string::npos) << e.hint();
        EXPECT_NE(e.hint().find(why), std::string::npos) << e.hint();
      }
    }
  }
  EXPECT_EQ(kSchemaVersion, 7);
}

TEST(IndexLayout, RegularFileIsNotAnIndex) {
  TempDir dir;
  test::write_file(dir.path() / "file", "not a database");
  for (const bool writing : {false, true}) {
    try {
      writing ? void(open_for_writing(dir / "file")) : void(open_for_search(dir / "file"));
      FAIL();
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find("is a file, not an index folder"), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace news::schema
