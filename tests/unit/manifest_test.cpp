// Manifests and batch answers from the search library over a real index: the UUID and
// revision read, the request as it ran, the arguments that run it again, first and last
// dates over the whole match set.
#include <gtest/gtest.h>

#include <filesystem>

#include "batch_search.hpp"
#include "database.hpp"
#include "document_codec.hpp"
#include "error.hpp"
#include "manifest.hpp"
#include "search_engine.hpp"
#include "support/temp_dir.hpp"

namespace news {
namespace {

using test::TempDir;

Article dated(const std::string& id, const std::string& body, int year, unsigned month) {
  Article a;
  a.id = a.path = a.source_file = id;
  a.title = id;
  a.body = body;
  a.language = "en";
  a.date = make_timestamp(year, month, 1);
  return a;
}

void add(const std::string& dir, const std::vector<Article>& articles) {
  Xapian::WritableDatabase db = schema::open_for_writing(dir);
  schema::DocumentCodec codec;
  for (const Article& a : articles) {
    db.replace_document(schema::DocumentCodec::id_term(a.id), codec.encode(a, FileStamp{}));
  }
  db.commit();
}

class Manifest : public ::testing::Test {
 protected:
  void SetUp() override {
    add(db(), {dated("c/old.txt", "harbour ferry strike", 1987, 2),
               dated("c/mid.txt", "harbour ferry", 1987, 6),
               dated("c/new.txt", "harbour wall", 1987, 10)});
    Article undated = dated("c/undated.txt", "harbour gulls", 1987, 1);
    undated.date.reset();
    add(db(), {undated});
  }
  std::string db() const { return m_dir / "m.db"; }
  TempDir m_dir;
};

TEST_F(Manifest, NamesTheIndexRevisionRequestAndRerun) {
  SearchEngine engine({db()});
  SearchRequest r;
  r.query = "harbour -gulls";
  r.since = "1987-03";
  r.sort = SortOrder::kNewest;
  const SearchResponse response = engine.search(r);
  ASSERT_EQ(response.header.indexes.size(), 1u);
  EXPECT_EQ(response.header.indexes[0].location, db());
  EXPECT_EQ(response.header.indexes[0].uuid.size(), 36u);
  // open_for_writing commits the schema version first: revisions count from there.
  const std::optional<std::uint64_t> revision = response.header.indexes[0].revision;
  ASSERT_TRUE(revision.has_value());
  EXPECT_EQ(response.header.searched_at.size(), 20u);
  const auto m = manifest_json(r, response.header);
  EXPECT_EQ(m["request"]["query"], "harbour -gulls");
  EXPECT_EQ(m["request"]["since"], "1987-03");
  EXPECT_EQ(m["request"]["sort"], "newest");
  EXPECT_EQ(m["total"], 2);
  EXPECT_EQ(m["indexes"][0]["revision"], *revision);
  EXPECT_TRUE(m["program"].get<std::string>().starts_with("newsquery "));
  const std::vector<std::string> rerun = {
      "newsquery", "--db", db(),      "--since", "1987-03", "--sort",        "newest",
      "--offset",  "0",    "--limit", "10",      "--",      "harbour -gulls"};
  EXPECT_EQ(m["rerun"].get<std::vector<std::string>>(), rerun);
  add(db(), {dated("c/later.txt", "harbour", 1988, 1)});
  EXPECT_EQ(engine.search(r).header.indexes[0].revision, *revision + 1);
}

TEST_F(Manifest, SeveralIndexesOneEntryEach) {
  add(m_dir / "second.db", {dated("d/x.txt", "harbour", 1990, 1)});
  // Given relative to the working folder, named absolutely (a manifest runs from anywhere).
  SearchEngine engine({db(), std::filesystem::relative(m_dir / "second.db").string()});
  SearchRequest r;
  r.query = "harbour";
  const SearchHeader h = engine.search(r).header;
  ASSERT_EQ(h.indexes.size(), 2u);
  EXPECT_NE(h.indexes[0].uuid, h.indexes[1].uuid);
  EXPECT_EQ(h.indexes[1].location, m_dir / "second.db");
  EXPECT_TRUE(h.indexes[1].revision.has_value());
}

TEST_F(Manifest, BatchRowsCountAllAndDateTheWholeMatchSet) {
  SearchEngine engine({db()});
  SearchRequest base;
  base.limit = 1;
  const BatchRow row = answer_batch_line(engine, base, BatchLine{7, {"x"}, "harbour", ""});
  EXPECT_EQ(row.total, 4u);
  EXPECT_EQ(row.first_date, "1987-02-01");
  EXPECT_EQ(row.last_date, "1987-10-01");
  EXPECT_EQ(row.top_ids.size(), 1u);
  EXPECT_EQ(row.request.line, 7u);
  base.since = "1987-05";
  const BatchRow later = answer_batch_line(engine, base, BatchLine{8, {}, "ferry", ""});
  EXPECT_EQ(later.total, 1u);
  EXPECT_EQ(later.first_date, "1987-06-01");
  EXPECT_EQ(later.last_date, "1987-06-01");
  const BatchRow none = answer_batch_line(engine, base, BatchLine{9, {}, "xylophone", ""});
  EXPECT_EQ(none.total, 0u);
  EXPECT_EQ(none.first_date, "");
  EXPECT_THROW(answer_batch_line(engine, base, BatchLine{10, {}, "date:tomorrow", ""}), Error);
}

}  // namespace
}  // namespace news
