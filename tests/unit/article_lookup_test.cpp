// One stored article by id with its near-duplicate copies, as the web page's article page
// reads it through the search library.
#include <gtest/gtest.h>

#include "database.hpp"
#include "document_codec.hpp"
#include "near_duplicates.hpp"
#include "search_engine.hpp"
#include "support/temp_dir.hpp"

namespace news {
namespace {

Article article(const std::string& id, const std::string& title) {
  Article a;
  a.id = a.path = a.source_file = id;
  a.title = title;
  a.body = "Harbour wall repairs begin after the storm.";
  a.language = "en";
  return a;
}

// Writes the articles; those of `cluster` share the first one's cluster.
void write_index(const std::string& dir, const std::vector<Article>& articles,
                 std::size_t cluster) {
  Xapian::WritableDatabase db = schema::open_for_writing(dir);
  schema::DocumentCodec codec;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    Xapian::Document doc = codec.encode(articles[i], FileStamp{});
    schema::set_cluster(doc, i < cluster ? articles[0].id : articles[i].id);
    db.replace_document(schema::DocumentCodec::id_term(articles[i].id), doc);
  }
  db.commit();
}

TEST(ArticleLookup, AnArticleComesWithItsCopies) {
  test::TempDir dir;
  const std::string db = dir.path() / "index.db";
  write_index(db,
              {article("c/wire.txt", "Wall repairs"), article("c/paper.txt", "Repairs begin"),
               article("c/site.txt", "Repairs start"), article("c/other.txt", "Other story")},
              3);
  SearchEngine engine({db});
  const std::optional<StoredArticle> found = engine.article("c/paper.txt");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->article.title, "Repairs begin");
  EXPECT_FALSE(found->article.body.empty());
  EXPECT_EQ(found->copy_count, 2u);
  ASSERT_EQ(found->copies.size(), 2u);
  EXPECT_EQ(found->copies[0].id, "c/wire.txt");
  EXPECT_EQ(found->copies[1].id, "c/site.txt");
  EXPECT_EQ(found->copies[0].title, "Wall repairs");
  const std::optional<StoredArticle> alone = engine.article("c/other.txt");
  ASSERT_TRUE(alone);
  EXPECT_EQ(alone->copy_count, 0u);
  EXPECT_FALSE(engine.article("c/missing.txt"));
  EXPECT_FALSE(engine.article(""));
}

}  // namespace
}  // namespace news
