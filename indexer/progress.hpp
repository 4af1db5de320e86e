// The progress line on a terminal: files walked of the files counted before the run
// (with --shard, every file walked counts, this share's or not), rate and time left.
#pragma once

#include <chrono>
#include <cstddef>

namespace news {

class Progress {
 public:
  // Shows nothing unless `enabled` (stderr is a terminal and --quiet was not given).
  Progress(std::size_t total, bool enabled);
  ~Progress();

  // Called after each file with the files walked so far; redraws at most a few times a
  // second. A count past the total (files made since it was taken) raises the total.
  void update(std::size_t done);
  // Clears the line, so the summary starts on a clean line.
  void finish();

 private:
  using Clock = std::chrono::steady_clock;
  std::size_t m_total;
  bool m_enabled;
  Clock::time_point m_start = Clock::now();
  Clock::time_point m_last_draw{};
  bool m_drawn = false;
};

}  // namespace news
