// Work flowing through a few persistent threads and back in the order it was given.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <variant>
#include <vector>

namespace news {

// `workers` threads, made once, run `work` on the tasks given with submit(); next() hands
// back their results in submission order, so that what is written does not depend on
// which thread finished first (document ids and near-duplicate cluster heads follow the
// input order). The caller bounds memory by how many tasks it keeps in flight: results
// wait in a reordering buffer until taken. An exception thrown by `work` is rethrown by
// next() for its task. The destructor stops the threads (tasks not begun are dropped).
//
// A task may split its work: it hands side jobs to submit_side (the workers run them before
// their next task) and waits for them with help_until, which runs side jobs on the task's
// own thread while it waits, so that work never waits for a worker that is itself waiting,
// whatever the number of workers (one included).
template <typename Task, typename Result>
class OrderedPipeline {
 public:
  using Work = std::function<Result(Task&)>;

  OrderedPipeline(unsigned workers, Work work) : m_work(std::move(work)) {
    for (unsigned t = 0; t < std::max(workers, 1U); ++t) {
      m_threads.emplace_back([this] { run(); });
    }
  }
  ~OrderedPipeline() {
    {
      std::lock_guard lock(m_mutex);
      m_stopping = true;
      m_tasks.clear();
    }
    m_task_ready.notify_all();
    m_threads.clear();  // joins
  }
  OrderedPipeline(const OrderedPipeline&) = delete;
  OrderedPipeline& operator=(const OrderedPipeline&) = delete;

  // Queues a task; never blocks.
  void submit(Task task) {
    {
      std::lock_guard lock(m_mutex);
      m_tasks.emplace_back(m_submitted++, std::move(task));
    }
    m_task_ready.notify_one();
  }

  // Queues a side job, run by the first worker free (or by a thread in help_until). It must
  // not throw. Side jobs submitted are run even while the pipeline stops.
  void submit_side(std::function<void()> job) {
    {
      std::lock_guard lock(m_mutex);
      m_side.push_back(std::move(job));
    }
    m_task_ready.notify_one();
    m_side_done.notify_all();  // a task waiting in help_until may run it
  }

  // Runs side jobs on the calling thread, or waits for one to end, until `done()`, which is
  // called with the pipeline's lock held (it should read what side jobs change, atomics).
  template <typename Done>
  void help_until(Done done) {
    std::unique_lock lock(m_mutex);
    while (!done()) {
      if (m_side.empty()) {
        m_side_done.wait(lock);
        continue;
      }
      run_side(lock);
    }
  }

  // Tasks submitted whose result has not been taken yet.
  std::size_t in_flight() const {
    std::lock_guard lock(m_mutex);
    return m_submitted - m_taken;
  }

  // The result of the oldest task not yet taken, waiting for it. Only with in_flight() > 0.
  Result next() {
    std::unique_lock lock(m_mutex);
    m_result_ready.wait(lock, [&] { return m_results.contains(m_taken); });
    auto node = m_results.extract(m_taken++);
    lock.unlock();
    if (auto* failure = std::get_if<std::exception_ptr>(&node.mapped())) {
      std::rethrow_exception(*failure);
    }
    return std::move(std::get<Result>(node.mapped()));
  }

 private:
  using Outcome = std::variant<Result, std::exception_ptr>;

  // Runs the oldest side job; `lock` is held before and after.
  void run_side(std::unique_lock<std::mutex>& lock) {
    std::function<void()> job = std::move(m_side.front());
    m_side.pop_front();
    lock.unlock();
    job();
    lock.lock();
    m_side_done.notify_all();
  }

  void run() {
    while (true) {
      std::unique_lock lock(m_mutex);
      m_task_ready.wait(lock, [&] { return m_stopping || !m_tasks.empty() || !m_side.empty(); });
      if (!m_side.empty()) {
        run_side(lock);
        continue;
      }
      if (m_stopping) {
        return;
      }
      auto [sequence, task] = std::move(m_tasks.front());
      m_tasks.pop_front();
      lock.unlock();
      std::optional<Outcome> outcome;
      try {
        outcome.emplace(std::in_place_index<0>, m_work(task));
      } catch (...) {
        outcome.emplace(std::in_place_index<1>, std::current_exception());
      }
      lock.lock();
      m_results.emplace(sequence, std::move(*outcome));
      lock.unlock();
      m_result_ready.notify_all();
    }
  }

  Work m_work;
  mutable std::mutex m_mutex;
  std::condition_variable m_task_ready;
  std::condition_variable m_result_ready;
  std::condition_variable m_side_done;
  std::deque<std::pair<std::size_t, Task>> m_tasks;
  std::deque<std::function<void()>> m_side;
  std::map<std::size_t, Outcome> m_results;
  std::size_t m_submitted = 0;
  std::size_t m_taken = 0;
  bool m_stopping = false;
  std::vector<std::jthread> m_threads;  // last: joined before the members they use go
};

}  // namespace news
