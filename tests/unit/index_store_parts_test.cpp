// IndexStore's files written in parts: marked as unfinished (no stamp) from before their
// first part until the commit round after their last; the articles of the file's earlier
// version deleted only at its end; the mark read back by a reopened store (a run stopped
// between parts), and cleared when the file is written whole or removed.
#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "document_codec.hpp"
#include "field_types.hpp"
#include "index_store.hpp"
#include "support/temp_dir.hpp"

namespace news {
namespace {

using Ids = std::vector<std::string>;

const std::string kFile = "arc/stories.tar.gz";
const FileStamp kOld{50, 1, "0000aaaa"};
const FileStamp kNew{60, 2, "0000bbbb"};

class StoreParts : public ::testing::TestWithParam<std::size_t> {
 protected:
  // Writes articles `ids` of kFile, encoded with `stamp`, as a part or as the whole file;
  // returns how many were new.
  std::size_t put(IndexStore& store, const Ids& ids, const FileStamp& stamp, bool part) {
    std::vector<Article> articles;
    std::vector<Xapian::Document> docs;
    for (const std::string& id : ids) {
      Article a;
      a.id = "arc/stories.tar.gz/" + id;
      a.source_file = kFile;
      a.title = "Story " + id;
      a.body = "Harbour report " + id + " " + stamp.content_hash;
      docs.push_back(m_codec.encode(a, stamp));
      articles.push_back(std::move(a));
    }
    return part ? store.put_part(kFile, "arc", stamp, articles, docs, {})
                : store.put_file(kFile, "arc", stamp, articles, docs, {});
  }

  std::unique_ptr<IndexStore> open() {
    auto store = std::make_unique<IndexStore>(m_dir / "db", GetParam());
    store->start_writers();
    return store;
  }

  // The ids of the index's articles and the stamps they carry, by a search of everything.
  std::vector<std::pair<std::string, std::string>> articles() {
    const Xapian::Database db((m_dir.path() / "db" / "XAPIANDB").string());
    std::vector<std::pair<std::string, std::string>> out;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
      const Xapian::Document doc = db.get_document(*it);
      out.emplace_back(schema::DocumentCodec::article_id(doc),
                       schema::DocumentCodec::decode_stamp(doc).content_hash);
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  test::TempDir m_dir;
  schema::DocumentCodec m_codec;
};

TEST_P(StoreParts, AFileInPartsHasNoStampUntilItsLastPartIsCommitted) {
  {
    const auto store = open();
    put(*store, {"a", "b", "c", "d"}, kOld, false);
    store->commit();
    EXPECT_EQ(store->file_state(kFile)->stamp, kOld);

    EXPECT_EQ(put(*store, {"a", "b"}, kNew, true), 0U);  // both were there
    EXPECT_TRUE(store->in_parts(kFile));
    EXPECT_EQ(store->file_state(kFile)->stamp, FileStamp{});  // to be read again whole
    EXPECT_EQ(store->file_state(kFile)->article_count, 4U);   // nothing deleted yet
    store->commit();
    EXPECT_EQ(put(*store, {"c", "e"}, kNew, true), 1U);
    EXPECT_EQ(store->finish_parts(kFile, kNew), 1U);  // d, of the old version only
    EXPECT_EQ(store->file_state(kFile)->stamp, FileStamp{});
    store->commit();                       // the last part and the deletion, in every shard
    EXPECT_FALSE(store->in_parts(kFile));  // the mark goes with the next round
    EXPECT_EQ(store->file_state(kFile)->stamp, kNew);
    EXPECT_EQ(store->file_state(kFile)->article_count, 4U);
  }
  const auto reopened = open();
  EXPECT_FALSE(reopened->in_parts(kFile));
  EXPECT_EQ(reopened->file_state(kFile)->stamp, kNew);
  using Pairs = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(articles(), (Pairs{{"arc/stories.tar.gz/a", kNew.content_hash},
                               {"arc/stories.tar.gz/b", kNew.content_hash},
                               {"arc/stories.tar.gz/c", kNew.content_hash},
                               {"arc/stories.tar.gz/e", kNew.content_hash}}));
}

// A run stopped after a part was committed: the next run finds the mark, reads the file
// again whole (here it fits in one put_file), and the mark goes.
TEST_P(StoreParts, AStoppedFileIsMarkedForTheNextRunUntilWrittenWhole) {
  {
    const auto store = open();
    put(*store, {"a", "b", "c"}, kOld, false);
    store->commit();
    put(*store, {"a", "x"}, kNew, true);
    store->commit();
  }
  {
    const auto store = open();
    EXPECT_TRUE(store->in_parts(kFile));
    EXPECT_EQ(store->file_state(kFile)->stamp, FileStamp{});
    EXPECT_EQ(store->file_state(kFile)->article_count, 4U);  // a, b, c and x
    EXPECT_EQ(put(*store, {"a", "x", "y"}, kNew, false), 1U);
    store->commit();
    EXPECT_EQ(store->file_state(kFile)->stamp, kNew);
  }
  const auto reopened = open();
  EXPECT_FALSE(reopened->in_parts(kFile));
  EXPECT_EQ(reopened->file_state(kFile)->article_count, 3U);
  EXPECT_EQ(articles().size(), 3U);
}

TEST_P(StoreParts, ARemovedFileLosesItsMark) {
  {
    const auto store = open();
    put(*store, {"a", "b"}, kNew, true);
    store->commit();
  }
  {
    const auto store = open();
    ASSERT_TRUE(store->in_parts(kFile));
    EXPECT_EQ(store->remove_file(kFile), 2U);
    store->commit();
  }
  EXPECT_FALSE(open()->in_parts(kFile));
  EXPECT_TRUE(articles().empty());
}

INSTANTIATE_TEST_SUITE_P(Shards, StoreParts, ::testing::Values(1U, 3U));

}  // namespace
}  // namespace news
