// The coordinating thread's view of an index being written by shard writers: document
// ids grow in input order whatever the shard, and what was handed to the writers is seen
// before it is committed (and after, through the committed shards).
#include "cluster_view.hpp"

#include <gtest/gtest.h>

#include "database.hpp"
#include "document_codec.hpp"
#include "fields.hpp"
#include "near_duplicates.hpp"
#include "support/temp_dir.hpp"

namespace news {
namespace {

namespace sc = news::schema;

Xapian::Document doc_of(const std::string& id, const std::string& cluster) {
  Xapian::Document doc;
  doc.add_boolean_term(sc::DocumentCodec::id_term(id));
  Article a;
  a.id = id;
  doc.add_value(sc::slot::kOrder, sc::DocumentCodec::order_key(a));
  doc.add_value(sc::slot::kId, id);
  sc::set_cluster(doc, cluster);
  return doc;
}

std::vector<Xapian::docid> listed(const ClusterView& view, const std::string& term) {
  std::vector<Xapian::docid> ids;
  view.for_each(term, [&](Xapian::docid d) {
    ids.push_back(d);
    return true;
  });
  return ids;
}

class ClusterViewTest : public ::testing::Test {
 protected:
  ClusterViewTest() { m_writers.start(); }
  void commit_round() {
    for (std::size_t k = 0; k < m_writers.count(); ++k) {
      m_writers.post(k, ShardJob{0, {}, [](Xapian::WritableDatabase& db) { db.commit(); }});
    }
    m_writers.wait();
    m_view.committed();
  }
  test::TempDir m_dir;
  ShardWriters m_writers{sc::open_shards_for_writing(m_dir / "db", 3)};
  ClusterView m_view{m_dir / "db", m_writers};
};

TEST_F(ClusterViewTest, NewDocumentsGetIdsInInputOrderInTheirShards) {
  const std::size_t shards[] = {2, 0, 0, 1, 1, 2};
  Xapian::docid last = 0;
  for (std::size_t i = 0; i < std::size(shards); ++i) {
    const std::string id = std::string(1, char('a' + i));
    const Xapian::docid d = m_view.add(shards[i], id, doc_of(id, "head"));
    EXPECT_GT(d, last);
    EXPECT_EQ(m_view.shard_of(d), shards[i]);
    last = d;
  }
  EXPECT_EQ(listed(m_view, sc::cluster_term("head")).size(), 6u);  // before any commit
  commit_round();
  const std::vector<Xapian::docid> committed = listed(m_view, sc::cluster_term("head"));
  ASSERT_EQ(committed.size(), 6u);
  EXPECT_EQ(m_view.entry(committed.back()).id, "f");
  EXPECT_EQ(*m_view.find("d"), committed[3]);
  EXPECT_EQ(sc::DocumentCodec::article_id(m_view.reader().get_document(committed[3])), "d");
}

TEST_F(ClusterViewTest, TheOverlayHidesWhatChangedSinceTheCommit) {
  const Xapian::docid a = m_view.add(0, "a", doc_of("a", "a"));
  const Xapian::docid b = m_view.add(1, "b", doc_of("b", "a"));
  const Xapian::docid c = m_view.add(2, "c", doc_of("c", "a"));
  commit_round();
  m_view.remove(a);
  m_view.set_cluster(c, "b");
  const Xapian::docid d = m_view.add(0, "d", doc_of("d", "b"));
  EXPECT_FALSE(m_view.find("a"));
  EXPECT_EQ(listed(m_view, sc::cluster_term("a")), (std::vector<Xapian::docid>{b}));
  EXPECT_EQ(listed(m_view, sc::cluster_term("b")), (std::vector<Xapian::docid>{c, d}));
  EXPECT_EQ(m_view.entry(c).cluster, "b");
  commit_round();  // the writers did the same
  EXPECT_FALSE(m_view.find("a"));
  EXPECT_EQ(listed(m_view, sc::cluster_term("b")), (std::vector<Xapian::docid>{c, d}));
  EXPECT_EQ(sc::cluster_of(m_view.reader().get_document(c)), "b");
}

}  // namespace
}  // namespace news
