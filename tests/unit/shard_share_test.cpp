// newsindex --shard and --merge below the command line: the K/N spec, the share of the
// inputs, the spec an index keeps, and how the metadata of several shards is merged.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "database.hpp"
#include "error.hpp"
#include "fields.hpp"
#include "index_merge.hpp"
#include "options.hpp"
#include "shard_merge.hpp"
#include "shard_share.hpp"
#include "shards.hpp"
#include "support/temp_dir.hpp"

namespace news {
namespace {

TEST(ShardSpec, ParsesKOfN) {
  struct Case {
    const char* text;
    std::size_t index, count;
  } const cases[] = {
      {"1/1", 0, 1}, {"1/2", 0, 2}, {"2/2", 1, 2}, {"7/16", 6, 16}, {"65536/65536", 65535, 65536}};
  for (const Case& c : cases) {
    const ShardSpec spec = parse_shard_spec(c.text);
    EXPECT_EQ(spec.index, c.index) << c.text;
    EXPECT_EQ(spec.count, c.count) << c.text;
    EXPECT_EQ(spec.text(), c.text);
  }
}

TEST(ShardSpec, RefusesAnythingElse) {
  for (const char* text : {"", "1", "0/2", "3/2", "1/0", "/2", "1/", "a/b", "1/2/3", "-1/2",
                           "1/65537", " 1/2", "1/2 ", "1.0/2", "99999999999999999999/2"}) {
    try {
      parse_shard_spec(text);
      ADD_FAILURE() << "accepted \"" << text << '"';
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ExitCode::kUsage) << text;
    }
  }
}

TEST(ShardSpec, WholeArchiveHasNoText) {
  EXPECT_TRUE(ShardSpec{}.whole());
  EXPECT_EQ(ShardSpec{}.text(), "");
}

std::vector<InputFile> files(int count) {
  std::vector<InputFile> out(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) {
    out[std::size_t(i)].id = "news/2024/story-" + std::to_string(i) + ".txt";
  }
  return out;
}

TEST(ShardShare, SharesPartitionTheInputs) {
  const std::vector<InputFile> all = files(500);
  std::set<std::string> seen;
  for (std::size_t k = 0; k < 3; ++k) {
    for (const InputFile& f : shard_share(all, ShardSpec{k, 3})) {
      EXPECT_EQ(schema::shard_of(f.id, 3), k);
      EXPECT_TRUE(seen.insert(f.id).second) << f.id << " in two shares";
    }
  }
  EXPECT_EQ(seen.size(), all.size());
  EXPECT_EQ(shard_share(all, ShardSpec{}).size(), all.size());
  EXPECT_EQ(shard_share(all, ShardSpec{0, 1}).size(), all.size());
}

class ShardIndex : public ::testing::Test {
 protected:
  std::string db() const { return m_dir / "index.db"; }
  test::TempDir m_dir;
};

TEST_F(ShardIndex, NewIndexRecordsItsShare) {
  {
    Xapian::WritableDatabase w = schema::open_for_writing(db());
    settle_shard(w, ShardSpec{1, 4}, db());
    w.set_metadata(std::string(schema::kCollectionKeyPrefix) + "news", "/data/news");
    w.commit();
  }
  const Xapian::Database r = schema::open_for_search(db());
  EXPECT_EQ(r.get_metadata(std::string(schema::kShardKey)), "2/4");
  EXPECT_EQ(recorded_shard(r), (ShardSpec{1, 4}));
}

TEST_F(ShardIndex, LaterRunsMustGiveTheSameShare) {
  {
    Xapian::WritableDatabase w = schema::open_for_writing(db());
    settle_shard(w, ShardSpec{0, 2}, db());
    w.add_document(Xapian::Document());
    w.commit();
  }
  Xapian::WritableDatabase w = schema::open_for_writing(db());
  EXPECT_NO_THROW(settle_shard(w, ShardSpec{0, 2}, db()));
  for (const ShardSpec& other : {ShardSpec{1, 2}, ShardSpec{0, 3}, ShardSpec{}}) {
    try {
      settle_shard(w, other, db());
      ADD_FAILURE() << "accepted " << other.text();
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ExitCode::kUsage);
      EXPECT_NE(std::string(e.what()).find("holds shard 1/2"), std::string::npos) << e.what();
      EXPECT_NE(e.hint().find("--shard 1/2"), std::string::npos) << e.hint();
    }
  }
}

TEST_F(ShardIndex, WholeArchiveIndexRefusesAShare) {
  {
    Xapian::WritableDatabase w = schema::open_for_writing(db());
    settle_shard(w, ShardSpec{}, db());
    w.set_metadata(std::string(schema::kCollectionKeyPrefix) + "news", "/data/news");
    w.commit();
  }
  Xapian::WritableDatabase w = schema::open_for_writing(db());
  EXPECT_THROW(settle_shard(w, ShardSpec{0, 2}, db()), Error);
  EXPECT_NO_THROW(settle_shard(w, ShardSpec{}, db()));
}

std::string resolve(const std::string& key, const std::vector<std::string>& tags) {
  ShardMetadataMerger merger;
  return merger.resolve_duplicate_metadata(key, tags.size(), tags.data());
}

TEST(ShardMetadataMerger, ResolvesEachKindOfKey) {
  const std::string version(schema::kSchemaVersionKey);
  EXPECT_EQ(resolve(version, {"2", "2"}), "2");
  EXPECT_EQ(resolve(std::string(schema::kShardKey), {"1/2", "2/2"}), "");
  // As Xapian 1.4's glass backend passes keys: after its two marker bytes.
  EXPECT_EQ(resolve(std::string("\0\xc0", 2) + std::string(schema::kShardKey), {"1/2", "2/2"}), "");
  EXPECT_EQ(resolve(std::string(schema::kCollectionKeyPrefix) + "news", {"/a/news", "/b/news"}),
            "/a/news");
  const std::string person = std::string(schema::metadata::kDisplayName) + "P:james baker";
  EXPECT_EQ(resolve(person, {"JAMES BAKER", "James Baker"}), "James Baker");
  EXPECT_EQ(resolve(person, {"James Baker", "JAMES BAKER"}), "James Baker");
  const std::string aliases(schema::metadata::kAliases);
  EXPECT_EQ(resolve(aliases, {"A = B\n", "A = B\nC != D\n"}), "A = B\nC != D\n");
}

TEST(ShardMetadataMerger, LinkEvidenceIsUnitedAndConflictsAreLinkedAgain) {
  const std::string key = std::string(schema::metadata::kLinkState) + "person";
  const nlohmann::json merged = nlohmann::json::parse(resolve(
      key, {R"({"reagan":"f1","baker":"f2"})", R"({"reagan":"f1","baker":"f3","volcker":"f4"})"}));
  EXPECT_EQ(merged["reagan"], "f1");
  EXPECT_EQ(merged["baker"], "");
  EXPECT_EQ(merged["volcker"], "f4");
}

TEST(MergeIndexes, RefusesAnExistingTarget) {
  test::TempDir dir;
  { Xapian::WritableDatabase w = schema::open_for_writing(dir / "a.db"); }
  std::filesystem::create_directory(dir / "out.db");
  ShardMetadataMerger merger;
  try {
    schema::merge_indexes({dir / "a.db"}, dir / "out.db", merger, [](auto&) {});
    ADD_FAILURE() << "merged into an existing folder";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDatabase);
  }
  EXPECT_TRUE(std::filesystem::is_empty(dir.path() / "out.db"));
}

TEST(MergeIndexes, RefusesAnotherSchemaVersionAndLeavesNothing) {
  test::TempDir dir;
  {
    Xapian::WritableDatabase w = schema::open_for_writing(dir / "a.db");
    w.set_metadata(std::string(schema::kSchemaVersionKey), "1");
    w.commit();
  }
  { Xapian::WritableDatabase w = schema::open_for_writing(dir / "b.db"); }
  ShardMetadataMerger merger;
  try {
    schema::merge_indexes({dir / "b.db", dir / "a.db"}, dir / "out.db", merger, [](auto&) {});
    ADD_FAILURE() << "merged an index of schema version 1";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDatabase);
    EXPECT_NE(std::string(e.what()).find("schema version 1"), std::string::npos) << e.what();
    EXPECT_NE(e.hint().find("re-index"), std::string::npos) << e.hint();
  }
  std::size_t left = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    ++left;
  }
  EXPECT_EQ(left, 2U);  // a.db and b.db only
}

TEST(MergeIndexes, DocumentsAndMetadataOfAllSources) {
  test::TempDir dir;
  for (const char* name : {"a.db", "b.db"}) {
    Xapian::WritableDatabase w = schema::open_for_writing(dir / name);
    Xapian::Document doc;
    doc.add_term(std::string("Q") + name);
    w.add_document(doc);
    w.set_metadata(std::string(schema::kCollectionKeyPrefix) + name, "/data");
    w.set_metadata(std::string(schema::kShardKey), name[0] == 'a' ? "1/2" : "2/2");
    w.commit();
  }
  ShardMetadataMerger merger;
  schema::merge_indexes({dir / "a.db", dir / "b.db"}, dir / "out.db", merger, [](auto&) {});
  const Xapian::Database merged = schema::open_for_search(dir / "out.db");
  EXPECT_EQ(merged.get_doccount(), 2U);
  EXPECT_EQ(merged.get_termfreq("Qa.db"), 1U);
  EXPECT_EQ(merged.get_termfreq("Qb.db"), 1U);
  EXPECT_EQ(merged.get_metadata(std::string(schema::kCollectionKeyPrefix) + "b.db"), "/data");
  // Set in both: resolved by the merger (dropped), not Xapian's default (the first).
  EXPECT_EQ(merged.get_metadata(std::string(schema::kShardKey)), "");
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "out.db" / "XAPIANDB"));
}

TEST(IndexerOptions, ShardAndMerge) {
  const char* shard[] = {"newsindex", "--shard", "2/3", "news"};
  EXPECT_EQ(parse_indexer_options(4, shard).shard, (ShardSpec{1, 3}));
  const char* merge[] = {"newsindex", "--merge", "out.db", "a.db", "b.db"};
  const IndexerOptions o = parse_indexer_options(5, merge);
  EXPECT_EQ(o.merge_into, "out.db");
  EXPECT_EQ(o.inputs, (std::vector<std::string>{"a.db", "b.db"}));
  const std::vector<std::vector<const char*>> bad = {
      {"newsindex", "--shard", "0/3", "news"},
      {"newsindex", "--shard", "3", "news"},
      {"newsindex", "--merge", "out.db"},
      {"newsindex", "--merge", "out.db", "--shard", "1/2", "a.db"},
      {"newsindex", "--merge", "out.db", "--extract", "a.db"},
  };
  for (const auto& args : bad) {
    try {
      parse_indexer_options(int(args.size()), args.data());
      ADD_FAILURE() << "accepted " << args[1] << ' ' << args[2];
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ExitCode::kUsage);
    }
  }
}

}  // namespace
}  // namespace news
