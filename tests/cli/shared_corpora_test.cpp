// Real-world quirks of the shared corpora beside the repository (../shared/corpora);
// skipped with a message where they are absent, as on a user's clone.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli_support.hpp"

namespace news::test {
namespace {

std::filesystem::path shared_corpora() {
  return std::filesystem::path(NEWS_SOURCE_DIR) / ".." / "shared" / "corpora";
}

TEST(SharedCorpora, StrayLatin1ByteInUtf8TextIsReadAsWindows1252) {
  const auto file = shared_corpora() / "bbc-news" / "sport" / "199.txt";
  if (!std::filesystem::exists(file)) {
    GTEST_SKIP() << file << " not found: the shared corpora are not beside the repository";
  }
  const CommandResult r = newsindex({"--extract", file.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("1 byte(s) read as Windows-1252"), std::string::npos) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["title"], "Chelsea sack Mutu");
  EXPECT_NE(j["body"].get<std::string>().find("\xC2\xA3"
                                              "15.8m"),
            std::string::npos);
  EXPECT_EQ(j["language"], "en");
}

TEST(SharedCorpora, BbcSportFolderIndexesWithoutFailures) {
  const auto folder = shared_corpora() / "bbc-news" / "sport";
  if (!std::filesystem::exists(folder)) {
    GTEST_SKIP() << folder << " not found: the shared corpora are not beside the repository";
  }
  TempDir dir;
  const CommandResult r = newsindex({"--db", dir / "db", folder.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("511 new"), std::string::npos) << r.out;
  EXPECT_EQ(newsquery({"--db", dir / "db", "--count", "person:mutu"}).exit_code, 0);
}

}  // namespace
}  // namespace news::test
