// IndexStore's per-file state, read from the index on demand: stamps, article counts,
// collections, missing files, long file ids whose terms are bounded, and a reopened store;
// with 1 or 3 shards whose writer threads run (what was handed to them but not committed
// is not in the committed shards the store reads).
#include <gtest/gtest.h>
#include <xapian.h>

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "document_codec.hpp"
#include "index_store.hpp"
#include "support/temp_dir.hpp"

namespace news {
namespace {

using Ids = std::vector<std::string>;

class StoreFiles : public ::testing::TestWithParam<std::size_t> {
 protected:
  // Writes `count` articles for `file` (ids file#1..), encoded with `stamp` as the indexer
  // does; returns how many were new.
  std::size_t put(IndexStore& store, const std::string& file, std::size_t count,
                  const FileStamp& stamp) {
    std::vector<Article> articles;
    std::vector<Xapian::Document> docs;
    for (std::size_t i = 1; i <= count; ++i) {
      Article a;
      a.id = file + "#" + std::to_string(i);
      a.source_file = file;
      a.title = "Story " + std::to_string(i);
      a.body = "Harbour report " + std::to_string(i);
      docs.push_back(m_codec.encode(a, stamp));
      articles.push_back(std::move(a));
    }
    const std::string collection = file.substr(0, file.find('/'));
    return store.put_file(file, collection, stamp, articles, docs, {});
  }

  // A store of the parameter's shard count, its writer threads running.
  std::unique_ptr<IndexStore> open() {
    auto store = std::make_unique<IndexStore>(m_dir / "db", GetParam());
    store->start_writers();
    return store;
  }

  test::TempDir m_dir;
  schema::DocumentCodec m_codec;
};

TEST_P(StoreFiles, StateFollowsPutsRestampsAndRemovals) {
  const auto opened = open();
  IndexStore& store = *opened;
  EXPECT_FALSE(store.file_state("news/a.txt").has_value());
  EXPECT_EQ(put(store, "news/a.txt", 3, {10, 100, "aaaa"}), 3U);
  auto state = store.file_state("news/a.txt");  // pending, not committed yet
  ASSERT_TRUE(state.has_value());
  EXPECT_EQ(state->stamp, (FileStamp{10, 100, "aaaa"}));
  EXPECT_EQ(state->collection, "news");
  EXPECT_EQ(state->article_count, 3U);

  EXPECT_EQ(put(store, "news/a.txt", 2, {8, 200, "bbbb"}), 0U);  // two kept, one gone
  EXPECT_EQ(store.file_state("news/a.txt")->article_count, 2U);
  EXPECT_EQ(store.document_count(), 2U);

  store.restamp_file("news/a.txt", {8, 300, "bbbb"});
  EXPECT_EQ(store.file_state("news/a.txt")->stamp, (FileStamp{8, 300, "bbbb"}));

  EXPECT_EQ(store.remove_file("news/a.txt"), 2U);
  EXPECT_FALSE(store.file_state("news/a.txt").has_value());
  EXPECT_EQ(store.remove_file("news/a.txt"), 0U);
  EXPECT_EQ(store.document_count(), 0U);
}

TEST_P(StoreFiles, ReopenedStoreReadsTheStateFromTheIndex) {
  {
    const auto opened = open();
    IndexStore& store = *opened;
    put(store, "news/a.txt", 1, {1, 2, "0123"});
    put(store, "news/b.txt", 4, {3, 4, "4567"});
    put(store, "wire/c.txt", 1, {5, 6, "89ab"});
    store.commit();
  }
  const auto opened = open();
  IndexStore& store = *opened;
  EXPECT_EQ(store.file_state("news/b.txt")->article_count, 4U);
  EXPECT_EQ(store.file_state("news/b.txt")->stamp, (FileStamp{3, 4, "4567"}));
  EXPECT_EQ(store.file_state("wire/c.txt")->collection, "wire");
  EXPECT_EQ(store.files_in_collection("news"), 2U);
  EXPECT_EQ(store.files_in_collection("wire"), 1U);
  EXPECT_EQ(store.files_in_collection("new"), 0U);  // a prefix of "news" is not it
  EXPECT_EQ(put(store, "news/b.txt", 5, {3, 5, "4567"}), 1U);
}

// Schema 6 keeps no value of the collection: a file's collection is read from its id, the
// longest collection name it starts with (a --collection name may hold a '/').
TEST_P(StoreFiles, TheCollectionOfAFileIsReadFromItsId) {
  {
    const auto opened = open();
    IndexStore& store = *opened;
    store.set_collection("news/2024", "/archive/2024");
    Article a;
    a.id = a.source_file = "news/2024/a.txt";
    std::vector<Article> articles{a};
    std::vector<Xapian::Document> docs{m_codec.encode(a, {1, 2, "0123"})};
    store.put_file(a.source_file, "news/2024", {1, 2, "0123"}, articles, docs, {});
    put(store, "news/b.txt", 1, {3, 4, "4567"});
    store.commit();
  }
  const auto opened = open();
  IndexStore& store = *opened;
  EXPECT_EQ(store.file_state("news/2024/a.txt")->collection, "news/2024");
  EXPECT_EQ(store.file_state("news/b.txt")->collection, "news");
  store.restamp_file("news/2024/a.txt", {1, 9, "0123"});
  EXPECT_EQ(store.files_in_collection("news/2024"), 1U);
  store.commit();
  EXPECT_EQ(store.file_state("news/2024/a.txt")->stamp, (FileStamp{1, 9, "0123"}));
  EXPECT_EQ(store.files_in_collection("news/2024"), 1U);
}

TEST_P(StoreFiles, MissingFilesAreThoseNotSeenUnderTheCollectionsAsked) {
  const auto opened = open();
  IndexStore& store = *opened;
  for (const char* file : {"news/a.txt", "news/b/c.txt", "news-2/a.txt", "wire/d.txt"}) {
    put(store, file, 1, {1, 1, "00"});
  }
  const auto seen = [](const std::string& file) { return file == "news/a.txt"; };
  EXPECT_EQ(store.files_missing_under({"news", "news-2"}, seen),
            (Ids{"news/b/c.txt", "news-2/a.txt"}));
  EXPECT_EQ(store.files_missing_under({"wire"}, [](const std::string&) { return false; }),
            Ids{"wire/d.txt"});
  EXPECT_TRUE(store.files_missing_under({"other"}, seen).empty());
}

TEST_P(StoreFiles, LongFileIdsAreReadFromTheirDocuments) {
  // Ids longer than a term: their source-file terms are cut and hashed, so the ids are
  // read from the documents.
  const std::string folder = "news/" + std::string(300, 'x');
  const std::string one = folder + "/one.txt";
  const std::string two = folder + "/two.txt";
  const auto opened = open();
  IndexStore& store = *opened;
  put(store, one, 2, {1, 1, "11"});
  put(store, two, 3, {2, 2, "22"});
  store.commit();
  EXPECT_EQ(store.file_state(one)->article_count, 2U);
  EXPECT_EQ(store.file_state(two)->stamp, (FileStamp{2, 2, "22"}));
  EXPECT_FALSE(store.file_state(folder + "/three.txt").has_value());
  EXPECT_EQ(store.files_in_collection("news"), 2U);
  EXPECT_EQ(store.files_missing_under({"news"}, [&](const std::string& f) { return f == one; }),
            Ids{two});
  EXPECT_EQ(store.remove_file(two), 3U);
  EXPECT_EQ(store.file_state(one)->article_count, 2U);
}

INSTANTIATE_TEST_SUITE_P(Shards, StoreFiles, ::testing::Values(1U, 3U));

}  // namespace
}  // namespace news
