// Matching without weights on a database whose document ids have gaps and whose posting
// lists span several chunks: the shape of every shard of an index with several writers.
#include <gtest/gtest.h>

#include "support/temp_dir.hpp"
#include "unweighted_match.hpp"

namespace news::schema {
namespace {

constexpr Xapian::doccount kDocuments = 5000;

// Every document holds "all"; every other one "even"; ids 1, 4, 7, ... (gaps of two).
Xapian::Database database_with_gaps(const test::TempDir& dir) {
  {
    Xapian::WritableDatabase db(dir / "gaps.db", Xapian::DB_CREATE_OR_OVERWRITE);
    for (Xapian::doccount i = 0; i < kDocuments; ++i) {
      Xapian::Document doc;
      doc.add_term("all");
      if (i % 2 == 0) {
        doc.add_term("even");
      }
      db.replace_document(1 + 3 * i, doc);
    }
    db.commit();
  }
  return Xapian::Database(dir / "gaps.db");
}

Xapian::doccount matched_to_the_end(const Xapian::Database& db, const Xapian::Query& query,
                                    const Xapian::Weight& weight) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(weight);
  return enquire.get_mset(0, 10, db.get_doccount()).get_matches_estimated();
}

TEST(UnweightedMatch, CountsEveryMatchOfTermsAndFilters) {
  test::TempDir dir;
  const Xapian::Database db = database_with_gaps(dir);
  EXPECT_EQ(count_matches(db, Xapian::Query("all")), kDocuments);
  EXPECT_EQ(count_matches(db, Xapian::Query(Xapian::Query::OP_AND, Xapian::Query("all"),
                                            Xapian::Query("even"))),
            kDocuments / 2);
  EXPECT_EQ(count_matches(db, Xapian::Query(Xapian::Query::OP_OR, Xapian::Query("even"),
                                            Xapian::Query("absent"))),
            kDocuments / 2);
  EXPECT_EQ(count_matches(db, Xapian::Query("absent")), 0u);
}

TEST(UnweightedMatch, FiltersAloneAreMatchedToTheEndUnderBM25) {
  test::TempDir dir;
  const Xapian::Database db = database_with_gaps(dir);
  const Xapian::BM25Weight bm25;
  const Xapian::Query filter_only(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query("even"), 0);
  EXPECT_TRUE(weighs_nothing(db, filter_only, bm25));
  EXPECT_EQ(matched_to_the_end(db, matchable(db, filter_only, bm25), bm25), kDocuments / 2);
  EXPECT_EQ(matched_to_the_end(db, unweighted(Xapian::Query("all")), Xapian::BoolWeight()),
            kDocuments);
}

TEST(UnweightedMatch, WeightedQueriesKeepTheirRanking) {
  test::TempDir dir;
  const Xapian::Database db = database_with_gaps(dir);
  const Xapian::BM25Weight bm25;
  const Xapian::Query words(Xapian::Query::OP_FILTER, Xapian::Query("all"), Xapian::Query("even"));
  EXPECT_FALSE(weighs_nothing(db, words, bm25));
  EXPECT_EQ(matchable(db, words, bm25).get_description(), words.get_description());
  EXPECT_TRUE(weighs_nothing(db, words, Xapian::BoolWeight()));
}

}  // namespace
}  // namespace news::schema
