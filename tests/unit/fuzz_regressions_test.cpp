// Inputs that once crashed a fuzz target (tests/fuzz/regressions/<target>/), and the
// sample corpus, replayed through every fuzz target in the ordinary build: none may crash.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "fuzz/fuzz_targets.hpp"

namespace news::fuzz {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const fs::path kRegressions = fs::path(NEWS_SOURCE_DIR) / "tests/fuzz/regressions";

TEST(FuzzRegressions, EveryTargetHasAFolderAndNoSavedInputCrashes) {
  std::size_t replayed = 0;
  for (const Target& target : targets()) {
    const fs::path folder = kRegressions / std::string(target.name);
    ASSERT_TRUE(fs::is_directory(folder)) << folder;
    for (const auto& entry : fs::directory_iterator(folder)) {
      if (entry.is_regular_file() && !entry.path().filename().string().starts_with(".")) {
        SCOPED_TRACE(entry.path().string());
        target.run(slurp(entry.path()));
        ++replayed;
      }
    }
  }
  EXPECT_GT(replayed, 0u);
}

TEST(FuzzRegressions, EveryTargetTakesTheSampleCorpusAndEdgeCases) {
  for (const Target& target : targets()) {
    for (const char* edge : {"", "\xFF", "<", "{", "\"", "WARC/1.0\r\n", "\x1F\x8B"}) {
      target.run(edge);
    }
    for (const auto& entry :
         fs::recursive_directory_iterator(fs::path(NEWS_SOURCE_DIR) / "sample_corpus")) {
      if (entry.is_regular_file() && entry.file_size() < (1u << 20)) {
        SCOPED_TRACE(std::string(target.name) + " " + entry.path().string());
        target.run(slurp(entry.path()));
      }
    }
  }
}

}  // namespace
}  // namespace news::fuzz
