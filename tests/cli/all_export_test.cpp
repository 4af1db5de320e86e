// --all end to end: the export streamed in pages of a fixed size (3 here, set by
// NEWSQUERY_ALL_PAGE_SIZE, which exists for tests) is line for line the one page holding
// every result, for every order, over one index, two local shards and two remote shards.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>

#include "cli_support.hpp"
#include "tcp_server.hpp"

namespace news::test {
namespace {

namespace fs = std::filesystem;

class AllExport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_dir = new TempDir;
    for (const auto& [db, share] : {std::pair{"all.db", ""}, {"s1.db", "1/2"}, {"s2.db", "2/2"}}) {
      std::vector<std::string> args = {"--quiet", "--db", *s_dir / db};
      if (*share != '\0') {
        args.insert(args.end(), {"--shard", share});
      }
      args.push_back(sample_corpus());
      const CommandResult r = newsindex(args);
      // sample_corpus holds broken files on purpose: 4 (some inputs unreadable) is expected.
      ASSERT_TRUE(r.exit_code == 0 || r.exit_code == 4) << r.err;
    }
  }
  static void TearDownTestSuite() {
    delete s_dir;
    s_dir = nullptr;
  }
  static std::string db(const std::string& name) { return *s_dir / name; }
  static inline TempDir* s_dir = nullptr;
};

// newsquery over `dbs`; "tcp:NAME" is the index NAME served by xapian-tcpsrv (each server
// known to listen before newsquery starts: with one-shot servers, one that was not yet
// listening made newsquery fail after it had used up the other, which then never came back).
CommandResult query_over(const std::vector<std::string>& dbs, std::vector<std::string> args) {
  std::vector<std::unique_ptr<TcpServer>> servers;
  std::vector<std::string> head;
  for (const std::string& d : dbs) {
    if (!d.starts_with("tcp:")) {
      head.insert(head.end(), {"--db", d});
      continue;
    }
    servers.push_back(std::make_unique<TcpServer>(d.substr(4)));
    EXPECT_TRUE(servers.back()->running()) << d;
    head.insert(head.end(), {"--db", servers.back()->location()});
  }
  args.insert(args.begin(), head.begin(), head.end());
  return newsquery(args);
}

// --all in pages of 3 against one page of 1000, every order, for `request`.
void expect_pages_as_one(const std::vector<std::string>& dbs,
                         const std::vector<std::string>& request) {
  for (const std::string sort : {"relevance", "newest", "oldest"}) {
    std::vector<std::string> all = {"--format", "jsonl", "--sort", sort, "--all"};
    all.insert(all.end(), request.begin(), request.end());
    std::vector<std::string> page = {"--format",      "jsonl",   "--sort", sort,
                                     "--no-collapse", "--limit", "1000"};
    page.insert(page.end(), request.begin(), request.end());
    setenv("NEWSQUERY_ALL_PAGE_SIZE", "3", 1);
    const CommandResult paged = query_over(dbs, all);
    unsetenv("NEWSQUERY_ALL_PAGE_SIZE");
    const CommandResult whole = query_over(dbs, page);
    ASSERT_EQ(paged.exit_code, 0) << paged.err;
    ASSERT_EQ(whole.exit_code, 0) << whole.err;
    EXPECT_GT(line_count(whole.out), 10u) << sort;
    EXPECT_EQ(paged.out, whole.out) << sort << " over " << ::testing::PrintToString(dbs);
  }
}

const std::vector<std::vector<std::string>> kRequests = {
    {"the"}, {"date:..", "OR", "datesource:none"}, {"market", "OR", "council"}};

TEST_F(AllExport, PagesAreOnePageOverOneIndex) {
  for (const auto& request : kRequests) {
    expect_pages_as_one({db("all.db")}, request);
  }
}

TEST_F(AllExport, PagesAreOnePageOverLocalShards) {
  for (const auto& request : kRequests) {
    expect_pages_as_one({db("s1.db"), db("s2.db")}, request);
  }
}

TEST_F(AllExport, PagesAreOnePageOverRemoteShards) {
  if (!fs::exists("/usr/bin/xapian-tcpsrv")) {
    GTEST_SKIP() << "xapian-tcpsrv (xapian-tools) is not installed";
  }
  for (const auto& request : kRequests) {
    expect_pages_as_one({"tcp:" + db("s1.db"), "tcp:" + db("s2.db")}, request);
    expect_pages_as_one({"tcp:" + db("s1.db"), db("s2.db")}, request);
  }
}

}  // namespace
}  // namespace news::test
