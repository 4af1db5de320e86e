// The copies collapsed into a page's results, found in one search for the whole page: the
// same copies, order and counts as each result's own look-up, the cluster's head included,
// undated copies last, at most the number asked for.
#include <gtest/gtest.h>
#include <xapian.h>

#include "database.hpp"
#include "document_codec.hpp"
#include "near_duplicates.hpp"
#include "search_engine.hpp"
#include "story_copies.hpp"
#include "support/temp_dir.hpp"

namespace news {
namespace {

using test::TempDir;
using Ids = std::vector<std::string>;

struct Story {
  std::string head;
  int copies;  // articles in the story, the head included
};

// Stories of the harbour strike ("harbour" in all but every 7th article); every 5th
// article undated. Story "big" has more dated copies than are ever listed.
std::string write_index(const TempDir& dir) {
  const std::string path = dir / "db";
  Xapian::WritableDatabase db = schema::open_for_writing(path);
  schema::DocumentCodec codec;
  const std::vector<Story> stories = {{"alone", 1}, {"strike", 6}, {"big", 160}, {"pair", 2}};
  for (const Story& story : stories) {
    for (int i = 0; i < story.copies; ++i) {
      Article a;
      a.id = story.head;
      if (i > 0) {  // appended: GCC 12 warns (-Wrestrict) about "-" + std::to_string(i)
        a.id.append("-").append(std::to_string(i));
      }
      a.path = a.source_file = a.id;
      a.title = "Notice " + story.head;
      a.body = i % 7 == 3 ? "The docks stayed closed." : "The harbour strike went on.";
      a.source = "Source " + std::to_string(i % 3);
      a.language = "en";
      const int t = i == 2 ? 1 : i;  // articles 1 and 2 of a story: the same second
      if (i % 5 != 4) {              // later copies are mostly older
        a.date = make_timestamp(2020, 12 - unsigned(t % 12), 28 - unsigned(t % 3 == 0 ? 0 : 1),
                                t < 3 ? 12 : 10, t % 60, 0, 0);
      }
      Xapian::Document doc = codec.encode(a, FileStamp{});
      schema::set_cluster(doc, story.head);
      db.replace_document(schema::DocumentCodec::id_term(a.id), doc);
    }
  }
  db.commit();
  return path;
}

std::vector<PageEntry> page_of(const Xapian::Database& db, const Ids& ids) {
  std::vector<PageEntry> page;
  for (const std::string& id : ids) {
    const Xapian::docid doc = *db.postlist_begin(schema::DocumentCodec::id_term(id));
    page.push_back({doc, db.get_document(doc), ""});
  }
  return page;
}

Ids listed_ids(const StoryCopies& copies) {
  Ids ids;
  for (const ArticleCopy& c : copies.listed) {
    ids.push_back(c.id);
  }
  return ids;
}

class StoryCopiesTest : public ::testing::Test {
 protected:
  StoryCopiesTest() : m_db(schema::open_for_search(write_index(m_dir))) {}
  std::vector<StoryCopies> copies(const Ids& page, std::size_t listed = kMaxCopiesListed) {
    return find_copies(m_db, Xapian::Query("Zharbour"), page_of(m_db, page), listed);
  }

  TempDir m_dir;
  Xapian::Database m_db;
};

TEST_F(StoryCopiesTest, OnePassForThePageGivesEachResultsOwnCopies) {
  const Ids page = {"strike-2", "alone", "big-5", "pair"};
  const std::vector<StoryCopies> together = copies(page);
  ASSERT_EQ(together.size(), page.size());
  for (std::size_t i = 0; i < page.size(); ++i) {
    const StoryCopies alone = copies({page[i]}).front();
    EXPECT_EQ(listed_ids(together[i]), listed_ids(alone)) << page[i];
    EXPECT_EQ(together[i].count, alone.count) << page[i];
    for (std::size_t k = 0; k < alone.listed.size(); ++k) {
      EXPECT_EQ(together[i].listed[k].title, alone.listed[k].title);
      EXPECT_EQ(together[i].listed[k].date, alone.listed[k].date);
      EXPECT_EQ(together[i].listed[k].source, alone.listed[k].source);
    }
  }
}

TEST_F(StoryCopiesTest, MatchingCopiesOldestFirstHeadIncludedUndatedLast) {
  // strike: 0 the head (2020-12-28 12:00), 1 and 2 (11-27 12:01), 3 (no "harbour"),
  // 4 (undated), 5 (07-27 10:05).
  const StoryCopies c = copies({"strike-5"}).front();
  EXPECT_EQ(listed_ids(c), (Ids{"strike-1", "strike-2", "strike", "strike-4"}));
  EXPECT_EQ(c.count, 4u);
  EXPECT_EQ(c.listed[0].title, "Notice strike");
  EXPECT_EQ(c.listed[0].source, "Source 1");
  EXPECT_FALSE(c.listed[3].date.has_value());
}

TEST_F(StoryCopiesTest, StoriesWithoutOtherMatchingCopiesHaveNone) {
  const std::vector<StoryCopies> c = copies({"alone", "pair"});
  EXPECT_TRUE(c[0].listed.empty());
  EXPECT_EQ(c[0].count, 0u);
  EXPECT_EQ(listed_ids(c[1]), (Ids{"pair-1"}));
  EXPECT_EQ(c[1].count, 1u);
}

TEST_F(StoryCopiesTest, AtMostTheListedNumberTheOldestOnesAndAllCounted) {
  // big: 160 articles, 137 with "harbour", 28 of them undated; one is the result.
  const StoryCopies all = copies({"big-5"}).front();
  EXPECT_EQ(all.count, 136u);
  ASSERT_EQ(all.listed.size(), kMaxCopiesListed);
  // 108 dated copies: the 100 oldest are listed, no undated one (the value sort put the
  // undated first, and 28 of them took the places of older dated copies).
  for (std::size_t i = 0; i < all.listed.size(); ++i) {
    ASSERT_TRUE(all.listed[i].date.has_value()) << all.listed[i].id;
    if (i > 0) {
      EXPECT_LE(all.listed[i - 1].date->utc, all.listed[i].date->utc);
    }
  }
  const StoryCopies three = copies({"big-5"}, 3).front();
  EXPECT_EQ(three.count, 136u);
  const Ids first = listed_ids(all);
  EXPECT_EQ(listed_ids(three), Ids(first.begin(), first.begin() + 3));
}

TEST_F(StoryCopiesTest, SearchesListTheCopiesAskedForAndCountThemAll) {
  SearchEngine engine({m_dir / "db"});
  SearchRequest request;
  request.query = "harbour";
  request.limit = 4;
  const SearchResponse full = engine.search(request);
  request.copies_listed = 2;
  const SearchResponse two = engine.search(request);
  ASSERT_EQ(full.results.size(), 4u);
  ASSERT_EQ(two.results.size(), 4u);
  for (std::size_t i = 0; i < full.results.size(); ++i) {
    const SearchResult& a = full.results[i];
    const SearchResult& b = two.results[i];
    EXPECT_EQ(a.article.id, b.article.id);
    EXPECT_EQ(a.copy_count, b.copy_count);
    EXPECT_EQ(b.copies.size(), std::min<std::size_t>(2, a.copies.size()));
    for (std::size_t k = 0; k < b.copies.size(); ++k) {
      EXPECT_EQ(b.copies[k].id, a.copies[k].id);
    }
  }
}

}  // namespace
}  // namespace news
