// Running the built programs from end-to-end tests, in a temporary directory.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/temp_dir.hpp"

// NEWS_SANITIZED_BUILD: built with AddressSanitizer (GCC or clang), where programs run
// several times slower and hold far more memory per allocation than in a release build.
#if defined(__SANITIZE_ADDRESS__)  // GCC
#define NEWS_SANITIZED_BUILD 1
#elif defined(__has_feature)  // clang
#if __has_feature(address_sanitizer)
#define NEWS_SANITIZED_BUILD 1
#endif
#endif

namespace news::test {

struct CommandResult {
  int exit_code = -1;
  std::string out;       // stdout
  std::string err;       // stderr
  long peak_rss_kb = 0;  // the program's peak resident memory (run() only)
  double seconds = 0;    // wall-clock time (run() only)
};

// Runs `args` (argv[0] first, no shell) with TZ=UTC and captures both streams.
CommandResult run(const std::vector<std::string>& args);

// Runs a shell command (generating test inputs); fails the test when it fails.
void shell(const std::string& command);

// Sets $NEWSINDEX_TEST_STOP_AT for the programs started while it lives.
class StopAt {
 public:
  explicit StopAt(const std::string& step) { setenv("NEWSINDEX_TEST_STOP_AT", step.c_str(), 1); }
  ~StopAt() { unsetenv("NEWSINDEX_TEST_STOP_AT"); }
  StopAt(const StopAt&) = delete;
  StopAt& operator=(const StopAt&) = delete;
};

// Starts `args` in the background (stdout and stderr to /dev/null); returns its pid.
int start(const std::vector<std::string>& args);
// The same, with stdout and stderr going to these files.
int start(const std::vector<std::string>& args, const std::string& out_path,
          const std::string& err_path);
// Waits for a process started with start(); returns its exit status (128+signal if killed).
int wait_for(int pid);

// Waits until a process started with start() stops itself (SIGSTOP); false if it ended.
bool wait_until_stopped(int pid);
// Lets a stopped process go on.
void resume(int pid);

// True when commands can run as an ordinary user: the tests run as one, or as root with
// setpriv(1) to drop to uid/gid 65534 and that user can run the built programs (root
// reads and writes everything, so permission cases need an ordinary user to mean anything).
bool can_run_unprivileged();
// Runs `args` as that ordinary user (as is, when the tests are not root).
CommandResult run_unprivileged(const std::vector<std::string>& args);
// Makes `dir` and everything under it usable by that user (rwx for all).
void open_to_everyone(const std::filesystem::path& dir);

// newsindex / newsquery with arguments.
CommandResult newsindex(const std::vector<std::string>& args);
CommandResult newsquery(const std::vector<std::string>& args);

// The repository's sample corpus.
std::filesystem::path sample_corpus();

// Copies a folder tree (to edit files without touching the repository).
void copy_tree(const std::filesystem::path& from, const std::filesystem::path& to);

// --extract output (JSON Lines) by article id.
std::map<std::string, nlohmann::json> extracted(const std::string& out);

// Number of lines of `text` that contain `part`.
std::size_t lines_with(const std::string& text, const std::string& part);

// Number of lines in text.
std::size_t line_count(const std::string& text);

// The number before `label` in newsindex's summary line ("3 new" -> 3), or -1 when absent.
long summary_count(const std::string& out, const std::string& label);

// A suite that indexes one folder once and queries that index in every test. `Suite`
// fills the folder in its `static void fill(const std::filesystem::path& corpus)`; the
// collection, and so the first part of every id, is "corpus".
template <typename Suite>
class IndexedSuite : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_dir = new TempDir;
    Suite::fill(s_dir->path() / "corpus");
    const CommandResult r = newsindex({"--db", db(), s_dir->path() / "corpus"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() {
    delete s_dir;
    s_dir = nullptr;
  }
  static std::string db() { return s_dir->path() / "index.db"; }
  static CommandResult query(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db()});
    return newsquery(args);
  }
  // The --format json answer (exit status 0 or 1 expected).
  static nlohmann::json json_query(std::vector<std::string> args) {
    args.insert(args.end(), {"--format", "json"});
    const CommandResult r = query(args);
    EXPECT_LE(r.exit_code, 1) << r.err;
    return nlohmann::json::parse(r.out);
  }

  static inline TempDir* s_dir = nullptr;
};

}  // namespace news::test
