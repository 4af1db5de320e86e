#include "progress.hpp"

#include <algorithm>
#include <cstdio>

#include "diagnostics.hpp"

namespace news {
namespace {

constexpr auto kRedrawInterval = std::chrono::milliseconds(200);

}  // namespace

Progress::Progress(std::size_t total, bool enabled) : m_total(total), m_enabled(enabled) {}

Progress::~Progress() {
  finish();
}

void Progress::update(std::size_t done) {
  const auto now = Clock::now();
  if (!m_enabled || now - m_last_draw < kRedrawInterval) {
    return;
  }
  m_last_draw = now;
  m_total = std::max(m_total, done);  // files made since the count was taken
  const double seconds = std::chrono::duration<double>(now - m_start).count();
  const double rate = seconds > 0 ? double(done) / seconds : 0.0;
  const long left = rate > 0 ? long(double(m_total - done) / rate) : 0;
  std::fprintf(stderr, "\r\033[K%zu/%zu files  %.0f files/s  ETA %ld:%02ld", done, m_total, rate,
               left / 60, left % 60);
  std::fflush(stderr);
  m_drawn = true;
  set_progress_line_shown(true);
}

void Progress::finish() {
  if (m_drawn) {
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
    m_drawn = false;
    set_progress_line_shown(false);
  }
}

}  // namespace news
