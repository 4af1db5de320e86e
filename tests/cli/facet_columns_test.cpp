// The facet columns end to end: newsindex writes them at the end of its run (1 and 3
// writers), newsquery counts from them (--explain says so) exactly what it counts from the
// value slots without them, also after a second run adds files, and a run killed before
// the new file is in place leaves an index whose counts are still right.
#include <gtest/gtest.h>

#include <filesystem>

#include "cli_support.hpp"

namespace news::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::vector<std::vector<std::string>> kQueries = {
    {"--facets", "person,org,place,source,lang,year", "--timeline", "month", "harbour"},
    {"--facets", "person,year", "--count-by", "story", "--timeline", "week", "oil"},
    {"--facets", "source", "--sort", "newest", "--no-collapse", "strike"},
    {"--count", "harbour"},
};

class FacetColumnsCli : public ::testing::TestWithParam<int> {
 protected:
  void SetUp() override {
    copy_tree(sample_corpus(), m_dir.path() / "corpus");
    fs::remove_all(m_dir.path() / "corpus" / "broken");
    fs::rename(m_dir.path() / "corpus" / "business", m_dir.path() / "business");
  }

  std::string db() const { return m_dir.path() / "index.db"; }

  CommandResult index(const fs::path& input) {
    return newsindex({"--db", db(), "--writers", std::to_string(GetParam()), input});
  }

  // The columns file of the current generation ("" when the stub names none).
  fs::path columns_file() const {
    for (const auto& entry : fs::directory_iterator(db())) {
      if (entry.is_directory() && entry.path().filename().string().starts_with("gen-")) {
        return entry.path() / "newsindex-facets";
      }
    }
    return {};
  }

  // newsquery's answer without what differs from run to run, and the line that says what
  // its counting read ("" without one).
  std::pair<std::string, std::string> answer(std::vector<std::string> args) {
    const bool count = args.front() == "--count";
    args.insert(args.begin(), {"--db", db()});
    if (!count) {
      args.insert(args.end(), {"--format", "json", "--explain"});
    }
    const CommandResult r = newsquery(args);
    EXPECT_LE(r.exit_code, 1) << r.err;
    if (count) {
      return {r.out, ""};
    }
    json j = json::parse(r.out);
    std::string counted_from;
    for (const json& line : j["explanation"]) {
      if (line.get<std::string>().starts_with("counted from: ")) {
        counted_from = line.get<std::string>().substr(14);
      }
    }
    j.erase("explanation");
    j.erase("manifest");  // the time and the index revision (runs may commit)
    return {j.dump(1), counted_from};
  }

  // Every query answers the same from the columns as from the value slots.
  void expect_counts_as_without_columns() {
    const fs::path file = columns_file();
    ASSERT_TRUE(fs::exists(file)) << file;
    std::vector<std::pair<std::string, std::string>> with;
    for (const auto& q : kQueries) {
      with.push_back(answer(q));
    }
    fs::rename(file, file.string() + ".aside");
    for (std::size_t i = 0; i < kQueries.size(); ++i) {
      const auto [text, counted_from] = answer(kQueries[i]);
      EXPECT_EQ(with[i].first, text) << kQueries[i].back();
      if (!counted_from.empty()) {
        EXPECT_EQ(with[i].second, "facet columns");
        EXPECT_EQ(counted_from, "value slots");
      }
    }
    fs::rename(file.string() + ".aside", file);
  }

  TempDir m_dir;
};

TEST_P(FacetColumnsCli, WrittenByEachRunAndCountedFromExactly) {
  const CommandResult first = index(m_dir.path() / "corpus");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  expect_counts_as_without_columns();
  const std::string before = answer(kQueries[1]).first;

  fs::rename(m_dir.path() / "business", m_dir.path() / "corpus" / "business");
  const CommandResult second = index(m_dir.path() / "corpus");
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_GT(summary_count(second.out, "new"), 0) << second.out;
  expect_counts_as_without_columns();
  EXPECT_NE(answer(kQueries[1]).first, before) << "the oil stories of business/ are counted";
  EXPECT_EQ(answer(kQueries[1]).second, "facet columns");
}

TEST_P(FacetColumnsCli, AKilledRunLeavesStaleColumnsThatAreNotRead) {
  ASSERT_EQ(index(m_dir.path() / "corpus").exit_code, 0);
  fs::rename(m_dir.path() / "business", m_dir.path() / "corpus" / "business");
  {
    const StopAt kill("facet-columns");
    const CommandResult killed = index(m_dir.path() / "corpus");
    ASSERT_EQ(killed.exit_code, 128 + 9) << killed.err;
  }
  const auto [stale, counted_from] = answer(kQueries[1]);
  EXPECT_EQ(counted_from, "value slots");
  ASSERT_EQ(index(m_dir.path() / "corpus").exit_code, 0);
  const auto [fresh, counted_again] = answer(kQueries[1]);
  EXPECT_EQ(counted_again, "facet columns");
  EXPECT_EQ(fresh, stale);
}

// --compact writes a new generation, and --merge a new index: each gets its columns.
TEST_P(FacetColumnsCli, CompactionAndMergingWriteColumnsToo) {
  ASSERT_EQ(index(m_dir.path() / "corpus").exit_code, 0);
  const fs::path before = columns_file();
  const CommandResult compacted =
      newsindex({"--db", db(), "--compact", (m_dir.path() / "corpus").string()});
  ASSERT_EQ(compacted.exit_code, 0) << compacted.err;
  EXPECT_NE(columns_file(), before);
  expect_counts_as_without_columns();
  EXPECT_EQ(answer(kQueries[0]).second, "facet columns");

  const std::string merged = m_dir.path() / "merged.db";
  const CommandResult merging = newsindex({"--merge", merged, db()});
  ASSERT_EQ(merging.exit_code, 0) << merging.err;
  const CommandResult r =
      newsquery({"--db", merged, "--format", "json", "--explain", "--facets", "person", "harbour"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("counted from: facet columns"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Writers, FacetColumnsCli, ::testing::Values(1, 3));

}  // namespace
}  // namespace news::test
