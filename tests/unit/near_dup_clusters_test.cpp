// Index level: near-duplicate clusters as articles are added, changed and deleted, in a
// real Xapian database of 1 or 3 shards, each written by its own thread (on disk, and
// through IndexStore): the clusters do not depend on the number of shards.
#include <gtest/gtest.h>
#include <xapian.h>

#include "database.hpp"
#include "document_codec.hpp"
#include "enrich/near_duplicate_signature.hpp"
#include "fields.hpp"
#include "index_store.hpp"
#include "near_dup_clusters.hpp"
#include "near_duplicates.hpp"
#include "shards.hpp"
#include "support/temp_dir.hpp"

namespace news {
namespace {

constexpr const char* kDollar =
    "The Federal Reserve Board said Monday Chairman Paul Volcker told bankers the dollar "
    "had fallen far enough against the yen and the mark, and that further declines could "
    "hurt growth in the United States and abroad, officials in Denver reported.";
constexpr const char* kDollarCopy =
    "The Federal Reserve Board said Tuesday Chairman Paul Volcker told bankers the dollar "
    "had fallen far enough against the yen and the mark, and that further declines could "
    "hurt growth in the United States and abroad, officials in Denver reported. Reuter";
constexpr const char* kDollarCopy2 =
    "DENVER - The Federal Reserve Board said Monday Chairman Paul Volcker told bankers the "
    "dollar had fallen far enough against the yen and the mark, and that further declines "
    "could hurt growth in the United States and abroad, officials in Denver reported.";
constexpr const char* kOil =
    "Saudi Arabia told OPEC ministers meeting in Vienna that it would keep output at its "
    "quota of 4.13 million barrels a day and expected other members to do the same, "
    "delegates said after the first session ended late on Thursday.";

Article article(const std::string& id, const std::string& body) {
  Article a;
  a.id = a.source_file = id;
  a.title = "Story " + id;
  a.body = body;
  add_near_duplicate_signature(a);
  return a;
}

// The parameter: how many shards the index has. Articles go to shards by their id, as
// files do; nothing is committed until the test reads the index.
class Clusters : public ::testing::TestWithParam<std::size_t> {
 protected:
  Clusters() { m_writers.start(); }
  void put_doc(const std::string& id, Xapian::Document doc) {
    m_clusters.put(id, std::move(doc), schema::shard_of(id, GetParam()));
  }
  void put(const std::string& id, const std::string& body) {
    put_doc(id, m_codec.encode(article(id, body), FileStamp{}));
    m_clusters.settle();
  }
  void remove(const std::string& id) {
    m_clusters.remove(id);
    m_clusters.settle();
  }
  void put_titled(const std::string& id, const std::string& title, const std::string& body) {
    Article a = article(id, body);
    a.title = title;
    put_doc(id, m_codec.encode(a, FileStamp{}));
    m_clusters.settle();
  }
  // Commits every shard and reads them again, as a commit round of IndexStore does.
  const Xapian::Database& committed() {
    for (std::size_t k = 0; k < m_writers.count(); ++k) {
      m_writers.post(k, ShardJob{0, {}, [](Xapian::WritableDatabase& db) { db.commit(); }});
    }
    m_writers.wait();
    m_view.committed();
    return m_view.reader();
  }
  std::string cluster(const std::string& id) {
    const Xapian::Database& db = committed();
    const std::string term = schema::DocumentCodec::id_term(id);
    return db.get_document(*db.postlist_begin(term)).get_value(schema::slot::kCluster);
  }
  std::vector<std::string> copies(const std::string& id) {
    return schema::copies_of(committed(), id);
  }

  test::TempDir m_dir;
  ShardWriters m_writers{schema::open_shards_for_writing(m_dir / "db", GetParam())};
  ClusterView m_view{m_dir / "db", m_writers};
  NearDupClusters m_clusters{m_view};
  schema::DocumentCodec m_codec;
};

using Ids = std::vector<std::string>;

TEST_P(Clusters, CopiesJoinTheFirstIndexedArticle) {
  put("a", kDollar);
  put("b", kOil);
  put("c", kDollarCopy);
  put("d", kDollarCopy2);
  EXPECT_EQ(cluster("a"), "a");
  EXPECT_EQ(cluster("b"), "b");
  EXPECT_EQ(cluster("c"), "a");
  EXPECT_EQ(cluster("d"), "a");
  EXPECT_EQ(copies("d"), (Ids{"a", "c", "d"}));
  EXPECT_EQ(copies("b"), (Ids{"b"}));
  EXPECT_TRUE(copies("missing").empty());
}

TEST_P(Clusters, LongIdsNameTheirCluster) {
  const std::string head(300, 'h');
  const std::string copy(300, 'c');
  put(head, kDollar);
  put(copy, kDollarCopy);
  EXPECT_EQ(cluster(copy), head);
  EXPECT_EQ(copies(copy), (Ids{head, copy}));
}

TEST_P(Clusters, ShortBodiesStayAlone) {
  put("a", "Blah blah blah.");
  put("b", "Blah blah blah.");
  EXPECT_EQ(cluster("a"), "a");
  EXPECT_EQ(cluster("b"), "b");
}

TEST_P(Clusters, BriefsJoinTheirExactCopiesOfTheSameDay) {
  const auto brief = [&](const std::string& id, const std::string& title, unsigned day) {
    Article a = article(id, "");
    a.title = title;
    a.date = make_timestamp(1987, 3, day);
    add_near_duplicate_signature(a);
    put_doc(id, m_codec.encode(a, FileStamp{}));
    m_clusters.settle();
  };
  brief("a", "FED SETS CUSTOMER REPURCHASE", 2);
  brief("b", "Fed sets customer repurchase.", 2);  // the same words
  brief("c", "FED SETS CUSTOMER REPURCHASE", 3);   // another day: another notice
  brief("d", "FED SETS SYSTEM REPURCHASE", 2);
  brief("e", "FED SETS CUSTOMER REPURCHASE", 2);
  EXPECT_EQ(copies("a"), (Ids{"a", "b", "e"}));
  EXPECT_EQ(copies("c"), (Ids{"c"}));
  EXPECT_EQ(copies("d"), (Ids{"d"}));
  remove("a");
  EXPECT_EQ(cluster("b"), "b");
  EXPECT_EQ(copies("e"), (Ids{"b", "e"}));
}

TEST_P(Clusters, DeletingTheHeadMakesTheNextMemberHead) {
  put("a", kDollar);
  put("c", kDollarCopy);
  put("d", kDollarCopy2);
  remove("a");
  EXPECT_EQ(cluster("c"), "c");
  EXPECT_EQ(cluster("d"), "c");
  EXPECT_EQ(copies("d"), (Ids{"c", "d"}));
  remove("d");
  EXPECT_EQ(copies("c"), (Ids{"c"}));
  remove("nothing");  // not an error
}

TEST_P(Clusters, DeletingAMemberLeavesTheOthers) {
  put("a", kDollar);
  put("c", kDollarCopy);
  put("d", kDollarCopy2);
  remove("c");
  EXPECT_EQ(copies("a"), (Ids{"a", "d"}));
}

TEST_P(Clusters, HeadChangedToAnotherStoryLeavesItsCopies) {
  put("a", kDollar);
  put("c", kDollarCopy);
  put("d", kDollarCopy2);
  put("a", kOil);
  EXPECT_EQ(cluster("a"), "a");
  EXPECT_EQ(cluster("c"), "c");
  EXPECT_EQ(cluster("d"), "c");
  put("e", kOil);
  EXPECT_EQ(cluster("e"), "a");
}

TEST_P(Clusters, HeadWithACorrectedWordStaysHead) {
  put("a", kDollar);
  put("c", kDollarCopy);
  put("a", std::string(kDollar) + " Reuter");
  EXPECT_EQ(cluster("a"), "a");
  EXPECT_EQ(cluster("c"), "a");
  put("a", std::string(kDollar) + " Reuter");  // same text again: nothing moves
  EXPECT_EQ(copies("a"), (Ids{"a", "c"}));
}

TEST_P(Clusters, MemberChangedToAnotherStoryLeaves) {
  put("a", kDollar);
  put("c", kDollarCopy);
  put("b", kOil);
  put("c", kOil);
  EXPECT_EQ(cluster("c"), "b");
  EXPECT_EQ(copies("a"), (Ids{"a"}));
}

// 60 made-up words, those in [from, to) spelt another way.
std::string words(std::size_t from = 0, std::size_t to = 0) {
  std::string text;
  for (std::size_t i = 0; i < 60; ++i) {
    text += i >= from && i < to ? "y" : "w";
    text += {char('a' + i / 26), char('a' + i % 26), ' '};
  }
  return text;
}

TEST_P(Clusters, MembersThatOnlyResembledTheDeletedHeadSplit) {
  // Left and right each keep 46 of the head's 58 shingles (Jaccard 0.66), but share only
  // 34 of 82 with each other (0.41).
  put("h", words());
  put("l", words(0, 12));
  put("r", words(48, 60));
  EXPECT_EQ(copies("h"), (Ids{"h", "l", "r"}));
  remove("h");
  EXPECT_EQ(cluster("l"), "l");
  EXPECT_EQ(cluster("r"), "r");
}

TEST_P(Clusters, CopiesWhoseSignaturesEstimateBelowTheThresholdJoin) {
  // Regression: a short story and its copy with three words corrected (exact similarity
  // 0.57, estimated 0.42) were two stories.
  const std::string story =
      "Harbour officials in Gdansk said on Tuesday that dock workers ended a two-day strike "
      "over overtime pay after the port authority agreed to review the rota before the "
      "grain season begins in early summer.";
  const std::string corrected =
      "Harbour officials in Gdansk said late Tuesday that dock staff ended a two-day strike "
      "over extra pay after the port authority agreed to review the rota before the grain "
      "season begins in early summer.";
  put_titled("a", "DOCK STRIKE ENDS", story);
  put_titled("b", "UPDATE 1-DOCK STRIKE ENDS",
             corrected + "\n(Reporting by Jane Doe; Editing by John Roe)");
  put_titled("c", "DOCK STRIKE ENDS", corrected + " Reuter");
  EXPECT_EQ(copies("a"), (Ids{"a", "b", "c"}));
}

TEST_P(Clusters, ShortNoticesJoinOnlyTheirOwnCopies) {
  const std::string notice = "Qtly div 11 cts vs 11 cts prior Pay April 14 Record March 17";
  put_titled("acme", "ACME CORP <ACM> SETS QUARTERLY", notice + "\n Reuter\n");
  put_titled("beta", "BETA CORP <BET> SETS QUARTERLY", notice);
  put_titled("gamma", "GAMMA CORP <GAM> SETS QUARTERLY",
             "Qtly div 12 cts vs 11 cts prior Pay April 14 Record March 17");
  put_titled("acme2", "UPDATE 1-ACME CORP <ACM> SETS QUARTERLY", notice);
  put_titled("gamma2", "GAMMA CORP <GAM> SETS QUARTERLY",
             "Qtly div 12 cts vs 11 cts prior Pay April 14 Record March 18");
  EXPECT_EQ(copies("acme2"), (Ids{"acme", "acme2"}));
  EXPECT_EQ(copies("beta"), (Ids{"beta"}));
  EXPECT_EQ(copies("gamma"), (Ids{"gamma"}));
  EXPECT_EQ(copies("gamma2"), (Ids{"gamma2"}));
}

TEST_P(Clusters, ABatchDeletingTheHeadAndCopiesSettlesOnce) {
  put("a", kDollar);
  put("c", kDollarCopy);
  put("d", kDollarCopy2);
  put("e", kDollar);
  m_clusters.remove("a");  // one file holding a, c: deleted together
  m_clusters.remove("c");
  put_doc("e", m_codec.encode(article("e", kDollar), FileStamp{}));  // same text, but its
                                                                     // head went: assigned again
  m_clusters.settle();
  EXPECT_EQ(cluster("d"), "d");
  EXPECT_EQ(cluster("e"), "d");
  EXPECT_EQ(copies("e"), (Ids{"d", "e"}));
}

TEST_P(Clusters, AnExactCopyIsComparedWithOneTextWhateverTheCopiesBefore) {
  // Regression: an archive holding a story N times compared each copy with every earlier
  // one (up to kMaxCandidates texts read and compared), so the work per article grew with
  // the archive.
  put("a", kDollar);
  put("c", kDollarCopy);
  for (int i = 0; i < 40; ++i) {
    const std::size_t before = m_clusters.texts_compared();
    put("copy" + std::to_string(i), kDollar);
    EXPECT_EQ(m_clusters.texts_compared() - before, 1U) << i;  // a's text: the same
  }
  const std::size_t before = m_clusters.texts_compared();
  put("last", kDollarCopy2);  // no exact copy before it: every candidate is compared
  EXPECT_GE(m_clusters.texts_compared() - before, 41U);
  EXPECT_EQ(cluster("copy39"), "a");
  EXPECT_EQ(cluster("last"), "a");
  EXPECT_EQ(copies("a").size(), 43U);
}

INSTANTIATE_TEST_SUITE_P(Shards, Clusters, ::testing::Values(1U, 3U));

class ClustersOnDisk : public ::testing::TestWithParam<std::size_t> {};

TEST_P(ClustersOnDisk, IndexStoreKeepsClustersThroughFileChangesAndDeletes) {
  test::TempDir dir;
  IndexStore store(dir / "db", GetParam());
  store.start_writers();
  schema::DocumentCodec codec;
  const auto put_file = [&](const std::string& file, const std::vector<Article>& articles) {
    std::vector<Xapian::Document> docs;
    for (const Article& a : articles) {
      docs.push_back(codec.encode(a, FileStamp{}));
    }
    store.put_file(file, "c", FileStamp{}, articles, docs, {});
  };
  put_file("c/one.txt", {article("c/one.txt", kDollar)});
  put_file("c/two.txt", {article("c/two.txt", kDollarCopy)});
  put_file("c/three.txt", {article("c/three.txt", kDollarCopy2)});
  store.commit_if_due(1, true);
  {
    Xapian::Database db = schema::open_for_search(dir / "db");
    EXPECT_EQ(schema::copies_of(db, "c/two.txt"), (Ids{"c/one.txt", "c/two.txt", "c/three.txt"}));
  }
  EXPECT_EQ(store.remove_file("c/one.txt"), 1U);
  store.commit_if_due(1, true);
  {
    Xapian::Database db = schema::open_for_search(dir / "db");
    EXPECT_EQ(schema::copies_of(db, "c/three.txt"), (Ids{"c/two.txt", "c/three.txt"}));
  }
  // The file now holds another story: its article leaves the cluster it headed.
  put_file("c/two.txt", {article("c/two.txt", kOil)});
  store.commit_if_due(1, true);
  Xapian::Database db = schema::open_for_search(dir / "db");
  EXPECT_EQ(schema::copies_of(db, "c/two.txt"), (Ids{"c/two.txt"}));
  EXPECT_EQ(schema::copies_of(db, "c/three.txt"), (Ids{"c/three.txt"}));
}

INSTANTIATE_TEST_SUITE_P(Shards, ClustersOnDisk, ::testing::Values(1U, 2U, 4U));

}  // namespace
}  // namespace news
