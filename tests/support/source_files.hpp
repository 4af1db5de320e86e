// The text of a file of the source tree (test data kept beside the code), read whole.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace news::test {

// `relative` to the source tree's root; empty when the file cannot be read.
inline std::string read_source_file(const std::string& relative) {
  std::ifstream in(std::string(NEWS_SOURCE_DIR) + "/" + relative);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace news::test
