#include "diagnostics.hpp"

#include <iostream>

namespace news {
namespace {

bool g_progress_line_shown = false;  // only the writing thread reports and draws

void clear_progress_line() {
  if (g_progress_line_shown) {
    std::cerr << "\r\033[K";
    g_progress_line_shown = false;
  }
}

}  // namespace

void set_progress_line_shown(bool shown) {
  g_progress_line_shown = shown;
}

void report_failure(const std::string& path, const std::string& reason) {
  clear_progress_line();
  std::cerr << "newsindex: " << path << ": " << reason << '\n';
}

void report_note(const std::string& message) {
  clear_progress_line();
  std::cerr << "newsindex: note: " << message << '\n';
}

void report_warning(const std::string& path, const std::string& reason) {
  clear_progress_line();
  std::cerr << "newsindex: warning: " << path << ": " << reason << '\n';
}

}  // namespace news
