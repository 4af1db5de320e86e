// One writer thread per shard of the index, each the only user of its shard's
// WritableDatabase while it runs (Xapian objects are not thread-safe, and their handles
// count references without atomics: nothing of a shard is shared with another thread).
#pragma once

#include <xapian.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace news {

// A change for one shard: `work` when set, else writing `document` at `docid` (added when
// the shard holds no such document). Moved from thread to thread, never copied.
struct ShardJob {
  Xapian::docid docid = 0;
  Xapian::Document document;
  std::function<void(Xapian::WritableDatabase&)> work;
};

class ShardWriters {
 public:
  explicit ShardWriters(std::vector<Xapian::WritableDatabase> shards);
  // Stops the threads; jobs not run yet are dropped.
  ~ShardWriters();
  ShardWriters(const ShardWriters&) = delete;
  ShardWriters& operator=(const ShardWriters&) = delete;

  std::size_t count() const { return m_writers.size(); }

  // Starts one thread per shard (when not running).
  void start();
  // Waits for the jobs given so far, then ends the threads: the shards are the caller's
  // again. Rethrows the first failure of a job.
  void stop();
  bool running() const { return m_running; }

  // Queues `job` for shard `shard`; runs it at once on the calling thread when the
  // threads are stopped.
  void post(std::size_t shard, ShardJob job);

  // Waits until every shard has run the jobs given so far. Rethrows the first failure of
  // a job (later jobs of a failed shard are not run).
  void wait();

  // A shard, for the caller's thread: only while stopped.
  Xapian::WritableDatabase& shard(std::size_t k) { return m_writers[k]->db; }

  // Runs `job` on `db` (the writing of a document, or its work).
  static void run_job(Xapian::WritableDatabase& db, ShardJob& job);

 private:
  struct Writer {
    Xapian::WritableDatabase db;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<ShardJob> jobs;
    bool busy = false;
    bool stopping = false;
    std::exception_ptr failure;
    std::jthread thread;
  };

  static void run(Writer& w);
  void rethrow_failure();

  std::vector<std::unique_ptr<Writer>> m_writers;
  bool m_running = false;
};

}  // namespace news
