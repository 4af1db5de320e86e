// Facets, timelines and exact totals count every match in a pass of their own, while the
// ranked pass stops early: the counts must cover every match however early the ranked pass
// stopped, and the page must be the one a search without counting gives.
#include <gtest/gtest.h>

#include "database.hpp"
#include "document_codec.hpp"
#include "near_duplicates.hpp"
#include "search_engine.hpp"
#include "support/temp_dir.hpp"

namespace news {
namespace {

using test::TempDir;

// 600 articles mentioning the harbour, in stories of 3 copies; the earlier a story, the
// more often it names the harbour (so ranks differ); every other one names a person.
// GCC 12 warns (-Wrestrict) about "n" + std::to_string(i): appended instead.
std::string name(int i) {
  std::string s = "n";
  s += std::to_string(i);
  return s;
}

std::string write_harbour_index(const TempDir& dir) {
  const std::string path = dir / "db";
  Xapian::WritableDatabase db = schema::open_for_writing(path);
  schema::DocumentCodec codec;
  for (int i = 0; i < 600; ++i) {
    Article a;
    a.id = a.path = a.source_file = name(i);
    a.title = "Harbour notice";
    a.title += std::to_string(i / 3);
    a.body = "The harbour strike went on.";
    for (int k = 0; k < 5 - (i / 3) % 5; ++k) {
      a.body += " The harbour stayed closed.";
    }
    a.language = "en";
    a.date = make_timestamp(2020 + i % 5, 1 + unsigned(i % 12), 1 + unsigned(i % 28));
    if (i % 2 == 0) {
      a.persons = {"Nadia Qureshi"};
    }
    Xapian::Document doc = codec.encode(a, FileStamp{});
    schema::set_cluster(doc, name(i - i % 3));
    db.replace_document(schema::DocumentCodec::id_term(a.id), doc);
  }
  db.commit();
  return path;
}

std::vector<std::string> ids(const SearchResponse& r) {
  std::vector<std::string> out;
  for (const SearchResult& result : r.results) {
    out.push_back(result.article.id);
  }
  return out;
}

TEST(CountingPass, CountsEveryMatchAndLeavesThePageAsItIs) {
  TempDir dir;
  SearchEngine engine({write_harbour_index(dir)});
  SearchRequest plain;
  plain.query = "harbour";
  plain.limit = 7;
  const SearchResponse page = engine.search(plain);
  ASSERT_EQ(page.results.size(), 7u);

  SearchRequest counted = plain;
  counted.facets = {FacetField::kPerson, FacetField::kYear};
  counted.timeline = TimelinePeriod::kYear;
  const SearchResponse with_counts = engine.search(counted);
  EXPECT_EQ(ids(with_counts), ids(page));
  EXPECT_EQ(with_counts.header.total, 600u);
  EXPECT_TRUE(with_counts.header.total_is_exact);
  EXPECT_EQ(with_counts.header.stories, 200u);
  EXPECT_TRUE(with_counts.header.stories_is_exact);
  EXPECT_EQ(with_counts.header.counted, 600u);
  ASSERT_FALSE(with_counts.header.facets.empty());
  ASSERT_FALSE(with_counts.header.facets[0].values.empty());
  EXPECT_EQ(with_counts.header.facets[0].values[0].count, 300u);  // every other article

  SearchRequest exact = plain;
  exact.exact_total = true;
  exact.offset = 3;
  const SearchResponse with_total = engine.search(exact);
  EXPECT_EQ(with_total.header.total, 600u);
  EXPECT_TRUE(with_total.header.total_is_exact);
  EXPECT_EQ(with_total.header.stories, 200u);
  ASSERT_EQ(with_total.results.size(), 7u);
  EXPECT_EQ(with_total.results[0].article.id, page.results[3].article.id);
}

// Several indexes searched as one: the counting pass counts the matches of each.
TEST(CountingPass, CountsOverSeveralIndexesSearchedAsOne) {
  TempDir one;
  TempDir two;
  SearchEngine engine({write_harbour_index(one), write_harbour_index(two)});
  SearchRequest r;
  r.query = "harbour";
  r.limit = 5;
  r.facets = {FacetField::kPerson};
  r.exact_total = true;
  const SearchResponse response = engine.search(r);
  EXPECT_EQ(response.header.total, 1200u);
  EXPECT_TRUE(response.header.total_is_exact);
  EXPECT_EQ(response.header.facets[0].values[0].count, 600u);
  EXPECT_EQ(response.results.size(), 5u);
}

TEST(CountingPass, CountingByStoryCountsEachStoryOnceAndFiltersApply) {
  TempDir dir;
  SearchEngine engine({write_harbour_index(dir)});
  SearchRequest r;
  r.query = "harbour";
  r.limit = 3;
  r.since = "2021";
  r.until = "2021";
  r.facets = {FacetField::kYear};
  r.count_by = CountBy::kStory;
  const SearchResponse response = engine.search(r);
  EXPECT_EQ(response.header.total, 120u);  // i % 5 == 1
  EXPECT_TRUE(response.header.total_is_exact);
  EXPECT_EQ(response.header.counted, response.header.stories);
  EXPECT_EQ(response.header.facets[0].values[0].value, "2021");
  EXPECT_EQ(response.header.facets[0].values[0].count, response.header.stories);
}

}  // namespace
}  // namespace news
