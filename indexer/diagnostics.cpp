#include "diagnostics.hpp"

#include <iostream>

namespace news {

void report_failure(const std::string& path, const std::string& reason) {
  std::cerr << "newsindex: " << path << ": " << reason << '\n';
}

void report_warning(const std::string& path, const std::string& reason) {
  std::cerr << "newsindex: warning: " << path << ": " << reason << '\n';
}

}  // namespace news
