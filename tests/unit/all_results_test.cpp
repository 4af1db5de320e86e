// --all streams every match in pages of a fixed size: none lost or repeated across page
// ends, every field as one page holding them all gives it, for every order, over one index
// or several (the page size comes from NEWSQUERY_ALL_PAGE_SIZE, for tests only).
#include <gtest/gtest.h>

#include <cstdlib>

#include "all_pages.hpp"
#include "database.hpp"
#include "document_codec.hpp"
#include "json_writer.hpp"
#include "search_engine.hpp"
#include "support/temp_dir.hpp"

namespace news {
namespace {

// Sets NEWSQUERY_ALL_PAGE_SIZE while it lives ("" unsets it).
class PageSize {
 public:
  explicit PageSize(const std::string& size) {
    if (size.empty()) {
      unsetenv("NEWSQUERY_ALL_PAGE_SIZE");
    } else {
      setenv("NEWSQUERY_ALL_PAGE_SIZE", size.c_str(), 1);
    }
  }
  ~PageSize() { unsetenv("NEWSQUERY_ALL_PAGE_SIZE"); }
  PageSize(const PageSize&) = delete;
  PageSize& operator=(const PageSize&) = delete;
};

// Weights in seven steps, three articles per second, every 50th undated.
Article story(int i) {
  Article a;
  a.id = a.path = a.source_file = "c/" + std::to_string(i) + ".txt";
  a.title = "Story " + std::to_string(i);
  a.body = "harbour " + std::string(std::size_t(i % 7) + 1, 'x') + " ferry";
  a.language = "en";
  if (i % 50 != 0) {
    a.date = make_timestamp(1980 + i % 40, unsigned(i % 12) + 1, unsigned(i % 28) + 1);
  }
  return a;
}

void write(const std::string& dir, int from, int to, const std::vector<Article>& extra = {}) {
  Xapian::WritableDatabase db = schema::open_for_writing(dir);
  schema::DocumentCodec codec;
  std::vector<Article> articles = extra;
  for (int i = from; i < to; ++i) {
    articles.push_back(story(i));
  }
  for (const Article& a : articles) {
    db.replace_document(schema::DocumentCodec::id_term(a.id), codec.encode(a, FileStamp{}));
  }
  db.commit();
}

// The newest article, once in each of two indexes: two results with one order key.
Article twin() {
  Article a = story(1);
  a.id = a.path = a.source_file = "twin.txt";
  a.date = make_timestamp(2030, 1, 1);
  return a;
}

// Every result streamed with --all is the one page's result of the same rank, field by field.
void expect_same_as_one_page(SearchEngine& engine, std::size_t offset, std::size_t total) {
  for (SortOrder sort : {SortOrder::kRelevance, SortOrder::kNewest, SortOrder::kOldest}) {
    SearchRequest all;
    all.query = "harbour";
    all.sort = sort;
    all.all = true;
    all.collapse = false;
    all.offset = offset;
    SearchRequest one_page = all;
    one_page.all = false;
    one_page.limit = 5000;
    const SearchResponse streamed = engine.search(all), whole = engine.search(one_page);
    ASSERT_EQ(whole.results.size(), total - offset);
    ASSERT_EQ(streamed.results.size(), total - offset) << int(sort);
    for (std::size_t i = 0; i < streamed.results.size(); ++i) {
      ASSERT_EQ(result_json(streamed.results[i]), result_json(whole.results[i]))
          << "sort " << int(sort) << ", result " << i;
      EXPECT_EQ(streamed.results[i].rank, offset + i + 1);
    }
  }
}

TEST(AllResults, EveryMatchOnceInOrderAcrossPagesOfEverySize) {
  test::TempDir dir;
  write(dir / "all.db", 0, 2600);
  SearchEngine engine({dir / "all.db"});
  for (const std::string size : {"", "7", "1000"}) {
    const PageSize page(size);
    for (std::size_t offset : {0, 3}) {
      SCOPED_TRACE("page size \"" + size + "\", offset " + std::to_string(offset));
      expect_same_as_one_page(engine, offset, 2600);
    }
  }
}

TEST(AllResults, SeveralIndexesWithTheSameArticleInTwo) {
  test::TempDir dir;
  write(dir / "one.db", 0, 150, {twin()});
  write(dir / "two.db", 150, 300, {twin()});
  SearchEngine engine({dir / "one.db", dir / "two.db"});
  // Page size 1 and offset 1: the first page is the second twin, tied with the skipped one.
  for (const std::string size : {"1", "2", "7", "600"}) {
    const PageSize page(size);
    for (std::size_t offset : {0, 1, 2}) {
      SCOPED_TRACE("page size \"" + size + "\", offset " + std::to_string(offset));
      expect_same_as_one_page(engine, offset, 302);
    }
  }
}

TEST(AllResults, CollapsedPagesStillGrow) {
  test::TempDir dir;
  write(dir / "all.db", 0, 1200);
  SearchEngine engine({dir / "all.db"});
  const PageSize page("7");
  SearchRequest all;
  all.query = "harbour";
  all.all = true;
  SearchRequest one_page = all;
  one_page.all = false;
  one_page.limit = 5000;
  const SearchResponse streamed = engine.search(all), whole = engine.search(one_page);
  ASSERT_EQ(streamed.results.size(), whole.results.size());
  for (std::size_t i = 0; i < whole.results.size(); ++i) {
    EXPECT_EQ(result_json(streamed.results[i]), result_json(whole.results[i])) << i;
  }
}

TEST(AllResults, PageSizeFromTheEnvironmentOnlyWhenValid) {
  {
    const PageSize page("");
    EXPECT_EQ(all_page_size(), 10000u);
  }
  for (const std::string bad : {"0", "-3", "12x", "99999999999"}) {
    const PageSize page(bad);
    EXPECT_EQ(all_page_size(), 10000u) << bad;
  }
  const PageSize page("25");
  EXPECT_EQ(all_page_size(), 25u);
}

}  // namespace
}  // namespace news
