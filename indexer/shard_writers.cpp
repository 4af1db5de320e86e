#include "shard_writers.hpp"

namespace news {

ShardWriters::ShardWriters(std::vector<Xapian::WritableDatabase> shards) {
  for (Xapian::WritableDatabase& db : shards) {
    m_writers.push_back(std::make_unique<Writer>());
    m_writers.back()->db = std::move(db);
  }
}

ShardWriters::~ShardWriters() {
  for (const auto& w : m_writers) {
    {
      std::lock_guard lock(w->mutex);
      w->stopping = true;
      w->jobs.clear();
    }
    w->changed.notify_all();
    if (w->thread.joinable()) {
      w->thread.join();
    }
  }
}

void ShardWriters::run_job(Xapian::WritableDatabase& db, ShardJob& job) {
  if (job.work) {
    job.work(db);
  } else {
    db.replace_document(job.docid, job.document);
  }
}

void ShardWriters::run(Writer& w) {
  std::unique_lock lock(w.mutex);
  while (true) {
    w.changed.wait(lock, [&] { return w.stopping || !w.jobs.empty(); });
    if (w.jobs.empty()) {
      return;  // stopping, with every job run
    }
    if (w.failure) {
      w.jobs.clear();  // a shard that failed writes nothing more
      w.changed.notify_all();
      continue;
    }
    ShardJob job = std::move(w.jobs.front());
    w.jobs.pop_front();
    w.busy = true;
    lock.unlock();
    std::exception_ptr failure;
    try {
      run_job(w.db, job);
    } catch (...) {
      failure = std::current_exception();
    }
    job = ShardJob{};  // the document goes on this thread
    lock.lock();
    w.busy = false;
    if (failure && !w.failure) {
      w.failure = failure;
    }
    w.changed.notify_all();
  }
}

void ShardWriters::start() {
  if (m_running) {
    return;
  }
  for (const auto& w : m_writers) {
    w->stopping = false;
    w->thread = std::jthread([&writer = *w] { run(writer); });
  }
  m_running = true;
}

void ShardWriters::stop() {
  if (!m_running) {
    return;
  }
  for (const auto& w : m_writers) {
    {
      std::lock_guard lock(w->mutex);
      w->stopping = true;
    }
    w->changed.notify_all();
    w->thread.join();
  }
  m_running = false;
  rethrow_failure();
}

void ShardWriters::post(std::size_t shard, ShardJob job) {
  Writer& w = *m_writers.at(shard);
  if (!m_running) {
    run_job(w.db, job);
    return;
  }
  {
    std::lock_guard lock(w.mutex);
    w.jobs.push_back(std::move(job));
  }
  w.changed.notify_all();
}

void ShardWriters::wait() {
  for (const auto& w : m_writers) {
    std::unique_lock lock(w->mutex);
    w->changed.wait(lock, [&] { return w->jobs.empty() && !w->busy; });
  }
  rethrow_failure();
}

void ShardWriters::rethrow_failure() {
  for (const auto& w : m_writers) {
    std::lock_guard lock(w->mutex);
    if (w->failure) {
      std::exception_ptr failure = std::exchange(w->failure, nullptr);
      std::rethrow_exception(failure);
    }
  }
}

}  // namespace news
