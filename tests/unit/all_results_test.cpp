// --all streams every match in growing pages: none lost or repeated across page ends, in
// the same order as one page holding them all.
#include <gtest/gtest.h>

#include <set>

#include "database.hpp"
#include "document_codec.hpp"
#include "search_engine.hpp"
#include "support/temp_dir.hpp"

namespace news {
namespace {

TEST(AllResults, EveryMatchOnceInRankOrderAcrossPages) {
  test::TempDir dir;
  {
    Xapian::WritableDatabase db = schema::open_for_writing(dir / "all.db");
    schema::DocumentCodec codec;
    for (int i = 0; i < 2600; ++i) {
      Article a;
      a.id = a.path = a.source_file = "c/" + std::to_string(i) + ".txt";
      a.title = "Story " + std::to_string(i);
      a.body = "harbour " + std::string(std::size_t(i % 7) + 1, 'x') + " ferry";
      a.language = "en";
      a.date = make_timestamp(1980 + i % 40, unsigned(i % 12) + 1, unsigned(i % 28) + 1);
      db.replace_document(schema::DocumentCodec::id_term(a.id), codec.encode(a, FileStamp{}));
    }
    db.commit();
  }
  SearchEngine engine({dir / "all.db"});
  for (SortOrder sort : {SortOrder::kRelevance, SortOrder::kNewest}) {
    SearchRequest all;
    all.query = "harbour";
    all.sort = sort;
    all.all = true;
    all.offset = 3;
    SearchRequest one_page = all;
    one_page.all = false;
    one_page.limit = 5000;
    const SearchResponse streamed = engine.search(all), whole = engine.search(one_page);
    ASSERT_EQ(streamed.results.size(), 2597u);
    ASSERT_EQ(whole.results.size(), 2597u);
    std::set<std::string> seen;
    for (std::size_t i = 0; i < streamed.results.size(); ++i) {
      EXPECT_EQ(streamed.results[i].article.id, whole.results[i].article.id) << i;
      EXPECT_EQ(streamed.results[i].rank, i + 4);
      seen.insert(streamed.results[i].article.id);
    }
    EXPECT_EQ(seen.size(), 2597u);
  }
}

}  // namespace
}  // namespace news
