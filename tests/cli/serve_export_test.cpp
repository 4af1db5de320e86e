// newsquery --serve end to end: exports streamed in chunks (the same bytes as the command
// line's --all output), many requests at once while newsindex updates the index, and
// the ways it refuses to start.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <thread>

#include "serve_support.hpp"

namespace news::test {
namespace {

namespace fs = std::filesystem;

class ServeExport : public IndexedSuite<ServeExport> {
 public:
  static void fill(const fs::path& corpus) {
    copy_tree(sample_corpus(), corpus);
    fs::remove_all(corpus / "broken");
  }
};

TEST_F(ServeExport, ExportsStreamTheWholeMatchSetAsTheCommandLineWritesIt) {
  const ServedIndex server({"--db", db()});
  for (const char* format : {"csv", "json", "jsonl"}) {
    const httplib::Result r = server.get(std::string("/export?q=said&format=") + format);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->get_header_value("Transfer-Encoding"), "chunked") << format;
    EXPECT_EQ(r->get_header_value("Content-Disposition"),
              std::string("attachment; filename=\"newsindex-export.") + format + "\"");
    const CommandResult cli = query({"said", "--all", "--no-collapse", "--format", format});
    EXPECT_EQ(without_search_time(r->body), without_search_time(cli.out)) << format;
    EXPECT_GT(line_count(cli.out), 10u);
  }
  EXPECT_EQ(server.get("/export?q=said&format=xml")->status, 400);
  EXPECT_EQ(server.get("/export?format=csv")->status, 400);
  // No parameter names a file: an "output" one is ignored, nothing is written.
  const std::string file = s_dir->path() / "export.csv";
  EXPECT_EQ(server.get("/export?q=said&format=csv&output=" + file)->status, 200);
  EXPECT_FALSE(fs::exists(file));
  EXPECT_FALSE(fs::exists(file + ".partial"));
}

TEST(ServeUpdates, ManyRequestsAtOnceWhileNewsindexAddsArticles) {
  TempDir dir;
  copy_tree(sample_corpus() / "world", dir.path() / "corpus");
  const std::string db = dir / "index.db";
  ASSERT_EQ(newsindex({"--db", db, dir / "corpus"}).exit_code, 0);
  const ServedIndex server({"--db", db});
  std::atomic<int> answered = 0;
  std::atomic<bool> stop = false;
  std::mutex mutex;
  std::vector<std::string> failures;
  std::vector<std::thread> clients;
  for (int t = 0; t < 6; ++t) {
    clients.emplace_back([&] {
      httplib::Client c = server.client();
      while (!stop) {
        const httplib::Result r = c.Get("/?q=said");
        if (r && r->status == 200) {
          ++answered;
          continue;
        }
        const std::lock_guard lock(mutex);
        failures.push_back(r ? std::to_string(r->status) + " " + r->body
                             : httplib::to_string(r.error()));
      }
    });
  }
  copy_tree(sample_corpus() / "business", dir.path() / "corpus" / "business");
  const CommandResult indexed = newsindex({"--db", db, dir / "corpus"});
  stop = true;
  for (std::thread& t : clients) {
    t.join();
  }
  EXPECT_EQ(indexed.exit_code, 0) << indexed.err;
  EXPECT_GT(answered.load(), 6);
  EXPECT_TRUE(failures.empty()) << failures.front() << server.errors();
  const httplib::Result after = server.get("/api/search?q=Lagarde");
  ASSERT_TRUE(after);
  EXPECT_NE(after->body.find("ecb-holds-interest-rates.md"), std::string::npos);
}

TEST(ServeStart, NoIndexAndABusyPortAreReported) {
  TempDir dir;
  const CommandResult missing = newsquery({"--serve", "--port", "0", "--db", dir / "none"});
  EXPECT_EQ(missing.exit_code, 3) << missing.err;
  copy_tree(sample_corpus() / "sport", dir.path() / "corpus");
  const std::string db = dir / "index.db";
  ASSERT_EQ(newsindex({"--db", db, dir / "corpus"}).exit_code, 0);
  const ServedIndex server({"--db", db});
  // Regression: with SO_REUSEPORT a second server shared the port and ran for ever.
  const std::string err = dir / "busy.err";
  const int busy =
      start({NEWSQUERY_BIN, "--serve", "--port", std::to_string(server.port()), "--db", db},
            "/dev/null", err);
  int status = -1;
  for (int i = 0; i < 300 && waitpid(busy, &status, WNOHANG) == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  if (!WIFEXITED(status)) {
    kill(busy, SIGKILL);
    wait_for(busy);
  }
  ASSERT_TRUE(WIFEXITED(status)) << "a second server on a busy port did not stop";
  EXPECT_EQ(WEXITSTATUS(status), 2);
  std::ifstream in(err);
  const std::string message((std::istreambuf_iterator<char>(in)), {});
  EXPECT_NE(message.find("cannot listen on 127.0.0.1 port"), std::string::npos) << message;
  EXPECT_EQ(newsquery({"--serve", "Taliban", "--db", db}).exit_code, 2);
}

}  // namespace
}  // namespace news::test
