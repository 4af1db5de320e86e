// One archive in shards, end to end: `newsindex --shard 1/2` and `--shard 2/2` build two
// indexes of the same folders; newsquery over both (local folders, two xapian-tcpsrv on
// 127.0.0.1, or one --merge'd index) must answer exactly as one index holding everything:
// the same ids in the same order for keyword, phrase, person and date queries.

#include <filesystem>
#include <memory>
#include <set>

#include "cli_support.hpp"
#include "tcp_server.hpp"

namespace news::test {
namespace {

namespace fs = std::filesystem;

bool have_tcpsrv() {
  return std::system("command -v xapian-tcpsrv >/dev/null 2>&1") == 0;
}

// The ids newsquery answers, in order (up to 200), for `request` over `dbs`: every article
// (--no-collapse), since near-duplicate clusters are found within each shard, so copies
// in different shards are not one story there (docs/scaling.md).
std::vector<std::string> ids(const std::vector<std::string>& dbs,
                             const std::vector<std::string>& request) {
  std::vector<std::string> args;
  for (const std::string& db : dbs) {
    args.insert(args.end(), {"--db", db});
  }
  args.insert(args.end(), {"--format", "json", "--limit", "200", "--no-collapse"});
  args.insert(args.end(), request.begin(), request.end());
  const CommandResult r = newsquery(args);
  EXPECT_LE(r.exit_code, 1) << r.err;
  std::vector<std::string> out;
  if (r.exit_code <= 1) {
    const nlohmann::json answer = nlohmann::json::parse(r.out);
    for (const auto& result : answer["results"]) {
      out.push_back(result["id"]);
    }
  }
  return out;
}

// Indexes `folders` as one index, as two shards and as the shards merged, in `dir`.
void build_shards(const fs::path& dir, const std::vector<std::string>& folders) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> runs = {
      {"all.db", {"--writers", "1"}},
      {"s1.db", {"--shard", "1/2", "--writers", "3"}},   // several writers: stubs of shards,
      {"s2.db", {"--shard", "2/2", "--writers", "2"}}};  // served and merged as one
  for (const auto& [db, extra] : runs) {
    std::vector<std::string> args = {"--quiet", "--db", (dir / db).string()};
    args.insert(args.end(), extra.begin(), extra.end());
    args.insert(args.end(), folders.begin(), folders.end());
    const CommandResult r = newsindex(args);
    // sample_corpus holds broken files on purpose: 4 (some inputs unreadable) is expected.
    ASSERT_TRUE(r.exit_code == 0 || r.exit_code == 4) << db << ": " << r.err;
  }
  const CommandResult merged = newsindex({"--merge", (dir / "merged.db").string(),
                                          (dir / "s1.db").string(), (dir / "s2.db").string()});
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
}

// Every request gives the same ids in the same order over all of `archives`.
void expect_one_archive(const std::vector<std::vector<std::string>>& archives,
                        const std::vector<std::vector<std::string>>& requests) {
  for (const auto& request : requests) {
    const std::vector<std::string> whole = ids(archives[0], request);
    EXPECT_FALSE(whole.empty()) << "no result for " << ::testing::PrintToString(request);
    for (std::size_t i = 1; i < archives.size(); ++i) {
      EXPECT_EQ(ids(archives[i], request), whole)
          << ::testing::PrintToString(request) << " over " << ::testing::PrintToString(archives[i]);
    }
  }
}

class Shards : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_dir = new TempDir;
    build_shards(s_dir->path(), {sample_corpus().string()});
  }
  static void TearDownTestSuite() {
    delete s_dir;
    s_dir = nullptr;
  }
  static std::string db(const std::string& name) { return *s_dir / name; }
  static inline TempDir* s_dir = nullptr;
};

const std::vector<std::vector<std::string>> kSampleRequests = {
    {"council"},
    {"market"},
    {"bank", "OR", "rates"},
    {"\"school meals\""},
    {"title:council"},
    {"--person", "Piran Nance"},
    {"person:lagarde"},
    {"--since", "2023-01-01", "--until", "2024-12-31", "the"},
    {"date:2020-01-01..2022-12-31"},
    {"--sort", "newest", "the"},
};

TEST_F(Shards, EachShareHoldsItsOwnArticlesAndTogetherAll) {
  const auto count = [](const std::vector<std::string>& dbs) {
    std::vector<std::string> args;
    for (const std::string& d : dbs) {
      args.insert(args.end(), {"--db", d});
    }
    args.insert(args.end(), {"--count", "date:..", "OR", "datesource:none"});
    return std::stol(newsquery(args).out);
  };
  const long all = count({db("all.db")});
  EXPECT_GT(count({db("s1.db")}), 0);
  EXPECT_GT(count({db("s2.db")}), 0);
  EXPECT_EQ(count({db("s1.db")}) + count({db("s2.db")}), all);
  EXPECT_EQ(count({db("s1.db"), db("s2.db")}), all);
  EXPECT_EQ(count({db("merged.db")}), all);
}

TEST_F(Shards, LocalShardsAnswerAsOneIndex) {
  expect_one_archive({{db("all.db")}, {db("s1.db"), db("s2.db")}, {db("s2.db"), db("s1.db")}},
                     kSampleRequests);
}

TEST_F(Shards, MergedIndexAnswersAsOneIndex) {
  expect_one_archive({{db("all.db")}, {db("merged.db")}}, kSampleRequests);
}

TEST_F(Shards, RemoteShardsAnswerAsOneIndex) {
  if (!have_tcpsrv()) {
    GTEST_SKIP() << "xapian-tcpsrv not installed (Debian xapian-tools)";
  }
  const TcpServer one(db("s1.db")), two(db("s2.db")), whole(db("all.db"));
  ASSERT_TRUE(one.running() && two.running() && whole.running());
  expect_one_archive({{db("all.db")}, {one.location(), two.location()}, {whole.location()}},
                     kSampleRequests);
  // A remote shard beside a local one is one archive too.
  expect_one_archive({{db("all.db")}, {one.location(), db("s2.db")}}, {{"council"}});
}

TEST_F(Shards, PersonSuggestionsComeFromEveryShard) {
  // "did you mean" draws on the spelling data of all shards.
  const auto suggestion = [](const std::vector<std::string>& dbs) {
    std::vector<std::string> args;
    for (const std::string& d : dbs) {
      args.insert(args.end(), {"--db", d});
    }
    args.insert(args.end(), {"--format", "json", "counsil"});
    const CommandResult r = newsquery(args);
    return nlohmann::json::parse(r.out)["suggestion"].get<std::string>();
  };
  const std::string whole = suggestion({db("all.db")});
  EXPECT_EQ(whole, "council");
  EXPECT_EQ(suggestion({db("s1.db"), db("s2.db")}), whole);
  EXPECT_EQ(suggestion({db("merged.db")}), whole);
}

TEST_F(Shards, MergedIndexTakesLaterRuns) {
  TempDir copy;
  copy_tree(db("merged.db"), copy / "merged.db");
  const CommandResult again =
      newsindex({"--db", copy / "merged.db", "--no-delete", sample_corpus().string()});
  EXPECT_TRUE(again.exit_code == 0 || again.exit_code == 4) << again.err;
  EXPECT_NE(again.out.find(" 0 new, 0 updated"), std::string::npos) << again.out;
  const CommandResult shard =
      newsindex({"--db", copy / "merged.db", "--shard", "1/2", sample_corpus().string()});
  EXPECT_EQ(shard.exit_code, 2) << shard.err;
  EXPECT_NE(shard.err.find("holds the whole archive"), std::string::npos) << shard.err;
}

TEST_F(Shards, RunWithAnotherShareIsRefused) {
  const CommandResult r =
      newsindex({"--db", db("s1.db"), "--shard", "2/2", sample_corpus().string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("holds shard 1/2; this run asks for shard 2/2"), std::string::npos) << r.err;
  const CommandResult whole = newsindex({"--db", db("s1.db"), sample_corpus().string()});
  EXPECT_EQ(whole.exit_code, 2);
}

TEST_F(Shards, MergeRefusesExistingTargetAndRepeatedShard) {
  const CommandResult existing = newsindex({"--merge", db("merged.db"), db("s1.db")});
  EXPECT_EQ(existing.exit_code, 3);
  EXPECT_NE(existing.err.find("it exists"), std::string::npos) << existing.err;
  const CommandResult twice = newsindex({"--merge", db("twice.db"), db("s1.db"), db("s1.db")});
  EXPECT_EQ(twice.exit_code, 2);
  EXPECT_NE(twice.err.find("shard 1/2 given twice"), std::string::npos) << twice.err;
  EXPECT_FALSE(fs::exists(db("twice.db")));
}

TEST(ShardDeletions, OnlyTheShareOfAShardIsDeleted) {
  TempDir dir;
  copy_tree(sample_corpus() / "world", dir / "world");
  const CommandResult first = newsindex({"--db", dir / "s1.db", "--shard", "1/2", dir / "world"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  std::set<std::string> held;
  for (const std::string& id :
       ids({dir / "s1.db"}, {"--all", "date:..", "OR", "datesource:none"})) {
    held.insert(id.substr(id.find('/') + 1));
  }
  std::string mine, other;
  for (const auto& entry : fs::directory_iterator(dir.path() / "world")) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".jpg") {  // not an article: in no share
      (held.contains(name) ? mine : other) = name;
    }
  }
  ASSERT_FALSE(mine.empty());
  ASSERT_FALSE(other.empty());
  fs::remove(dir.path() / "world" / mine);
  fs::remove(dir.path() / "world" / other);
  const CommandResult again = newsindex({"--db", dir / "s1.db", "--shard", "1/2", dir / "world"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find(", 1 deleted"), std::string::npos) << again.out;
  EXPECT_EQ(ids({dir / "s1.db"}, {"--all", "date:..", "OR", "datesource:none"}).size(),
            held.size() - 1);
}

TEST_F(Shards, BadShardSpecIsAUsageError) {
  for (const char* spec : {"0/2", "3/2", "2", "x/y", "1/0"}) {
    const CommandResult r = newsindex({"--db", db("bad.db"), "--shard", spec, "x"});
    EXPECT_EQ(r.exit_code, 2) << spec;
    EXPECT_NE(r.err.find("expected K/N"), std::string::npos) << r.err;
  }
  EXPECT_FALSE(fs::exists(db("bad.db")));
}

std::set<std::string> id_set(const std::vector<std::string>& dbs,
                             std::vector<std::string> request) {
  request.push_back("--all");
  const std::vector<std::string> all = ids(dbs, request);
  return {all.begin(), all.end()};
}

// A larger slice of real wire copy: Reuters-21578 as text (bench/reuters_to_text.py),
// when the shared corpora are beside the repository. Shards queried together, local or
// remote, answer exactly alike. Against one index built whole they find the same articles;
// but the entity catalogue's decisions that rest on counts over the archive (a word taken
// as a known person's name in 5+ articles, surnames linked by their full names' counts)
// are made over each shard's own articles, so an article's entity terms, and with them its
// length and the scores, can differ a little: the order is only checked between shards.
TEST(ShardsReuters, ShardsAnswerAsOneArchive) {
  const fs::path reuters = fs::path(NEWS_SOURCE_DIR) / ".." / "shared" / "corpora" / "reuters21578";
  if (!fs::exists(reuters)) {
    GTEST_SKIP() << reuters << " not found: the shared corpora are not beside the repository";
  }
  TempDir dir;
  const CommandResult text =
      run({"/usr/bin/env", "python3", fs::path(NEWS_SOURCE_DIR) / "bench" / "reuters_to_text.py",
           reuters.string(), dir / "text"});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  build_shards(dir.path(), {dir / "text/reut2-000", dir / "text/reut2-001"});
  const std::vector<std::vector<std::string>> requests = {
      {"oil"},
      {"oil prices"},
      {"\"trade deficit\""},
      {"--person", "James Baker"},
      {"title:cocoa"},
      {"--since", "1987-03-01", "--until", "1987-03-02", "bank"},
      {"date:1987-02-26..1987-02-27"}};
  std::vector<std::vector<std::string>> shards = {{dir / "s1.db", dir / "s2.db"}};
  std::unique_ptr<TcpServer> one, two;
  if (have_tcpsrv()) {
    one = std::make_unique<TcpServer>(dir / "s1.db");
    two = std::make_unique<TcpServer>(dir / "s2.db");
    ASSERT_TRUE(one->running() && two->running());
    shards.push_back({one->location(), two->location()});
    shards.push_back({one->location(), dir / "s2.db"});
  }
  expect_one_archive(shards, requests);
  for (const auto& request : requests) {
    const std::set<std::string> whole = id_set({dir / "all.db"}, request);
    EXPECT_EQ(id_set(shards[0], request), whole) << ::testing::PrintToString(request);
    EXPECT_EQ(id_set({dir / "merged.db"}, request), whole) << ::testing::PrintToString(request);
  }
}

}  // namespace
}  // namespace news::test
