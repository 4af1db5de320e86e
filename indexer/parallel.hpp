// Running one function over many items on a few threads.
#pragma once

#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace news {

// Calls fn(i) for every i in [0, count) on up to `jobs` threads (the caller's thread is
// one of them) and returns when all are done. The first exception is rethrown.
template <typename Fn>
void parallel_for(std::size_t count, unsigned jobs, Fn&& fn) {
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto work = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      try {
        fn(i);
      } catch (...) {
        std::lock_guard lock(failure_mutex);
        if (!failure) {
          failure = std::current_exception();
        }
      }
    }
  };
  std::vector<std::jthread> helpers;
  for (unsigned t = 1; t < jobs && t < count; ++t) {
    helpers.emplace_back(work);
  }
  work();
  helpers.clear();  // joins
  if (failure) {
    std::rethrow_exception(failure);
  }
}

}  // namespace news
