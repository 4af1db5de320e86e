// Writer threads, one per shard: jobs run in the order given per shard, on the shard's
// own thread, a failure comes back to the caller, and stopped writers run jobs at once.
#include "shard_writers.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "database.hpp"
#include "support/temp_dir.hpp"

namespace news {
namespace {

std::vector<Xapian::WritableDatabase> in_memory(std::size_t count) {
  std::vector<Xapian::WritableDatabase> shards;
  for (std::size_t k = 0; k < count; ++k) {
    shards.emplace_back(std::string(), Xapian::DB_BACKEND_INMEMORY);
  }
  return shards;
}

Xapian::Document doc_with(const std::string& term) {
  Xapian::Document doc;
  doc.add_term(term);
  return doc;
}

TEST(ShardWriters, JobsRunInOrderOnTheirShardsThread) {
  ShardWriters writers(in_memory(2));
  writers.start();
  const std::thread::id caller = std::this_thread::get_id();
  std::vector<std::thread::id> threads(2);
  for (std::size_t k = 0; k < 2; ++k) {
    for (Xapian::docid d = 1; d <= 100; ++d) {
      writers.post(k, ShardJob{d, doc_with(std::to_string(d)), {}});
    }
    writers.post(k, ShardJob{0, {}, [&threads, k](Xapian::WritableDatabase& db) {
                               threads[k] = std::this_thread::get_id();
                               db.delete_document(50);
                             }});
  }
  writers.wait();
  EXPECT_NE(threads[0], caller);
  EXPECT_NE(threads[1], caller);
  EXPECT_NE(threads[0], threads[1]);
  writers.stop();
  EXPECT_FALSE(writers.running());
  for (std::size_t k = 0; k < 2; ++k) {
    EXPECT_EQ(writers.shard(k).get_doccount(), 99u);
    EXPECT_EQ(writers.shard(k).get_lastdocid(), 100u);
  }
}

TEST(ShardWriters, AFailureComesBackAndStopsItsShard) {
  ShardWriters writers(in_memory(2));
  writers.start();
  writers.post(1, ShardJob{0, {}, [](Xapian::WritableDatabase& db) { db.delete_document(7); }});
  writers.post(1, ShardJob{3, doc_with("after"), {}});
  writers.post(0, ShardJob{3, doc_with("fine"), {}});
  EXPECT_THROW(writers.wait(), Xapian::DocNotFoundError);
  writers.stop();
  EXPECT_EQ(writers.shard(0).get_doccount(), 1u);
  EXPECT_EQ(writers.shard(1).get_doccount(), 0u);  // nothing after the failure
}

TEST(ShardWriters, StoppedWritersRunJobsAtOnce) {
  ShardWriters writers(in_memory(1));
  writers.post(0, ShardJob{5, doc_with("now"), {}});
  EXPECT_EQ(writers.shard(0).get_doccount(), 1u);
  writers.start();
  writers.post(0, ShardJob{6, doc_with("later"), {}});
  writers.stop();
  EXPECT_EQ(writers.shard(0).get_doccount(), 2u);
}

}  // namespace
}  // namespace news
