#include "cli_support.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace news::test {
namespace {

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

pid_t spawn(const std::vector<std::string>& args, const std::string& out_path,
            const std::string& err_path) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT, 0644);
  std::vector<char*> argv;
  for (const std::string& a : args) {
    argv.push_back(const_cast<char*>(a.c_str()));
  }
  argv.push_back(nullptr);
  setenv("TZ", "UTC", 1);
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    throw std::runtime_error("cannot start " + args[0]);
  }
  return pid;
}

}  // namespace

int start(const std::vector<std::string>& args) {
  return spawn(args, "/dev/null", "/dev/null");
}

int start(const std::vector<std::string>& args, const std::string& out_path,
          const std::string& err_path) {
  return spawn(args, out_path, err_path);
}

int wait_for(int pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

void shell(const std::string& command) {
  const CommandResult r = run({"/bin/sh", "-c", command});
  ASSERT_EQ(r.exit_code, 0) << command << "\n" << r.err;
}

CommandResult run(const std::vector<std::string>& args) {
  TempDir io;
  const std::string out_path = io / "stdout", err_path = io / "stderr";
  CommandResult result;
  const auto begin = std::chrono::steady_clock::now();
  const pid_t pid = spawn(args, out_path, err_path);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  result.peak_rss_kb = usage.ru_maxrss;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = slurp(out_path);
  result.err = slurp(err_path);
  return result;
}

bool wait_until_stopped(int pid) {
  int status = 0;
  return waitpid(pid, &status, WUNTRACED) == pid && WIFSTOPPED(status);
}

void resume(int pid) {
  kill(pid, SIGCONT);
}

namespace {

constexpr const char* kSetpriv = "/usr/bin/setpriv";

}  // namespace

bool can_run_unprivileged() {
  // The ordinary user must also reach the built programs (a build under /root cannot).
  static const bool can =
      geteuid() != 0 || (access(kSetpriv, X_OK) == 0 &&
                         run_unprivileged({NEWSINDEX_BIN, "--version"}).exit_code == 0 &&
                         run_unprivileged({NEWSQUERY_BIN, "--version"}).exit_code == 0);
  return can;
}

CommandResult run_unprivileged(const std::vector<std::string>& args) {
  if (geteuid() != 0) {
    return run(args);
  }
  std::vector<std::string> all = {kSetpriv, "--reuid=65534", "--regid=65534", "--clear-groups"};
  all.insert(all.end(), args.begin(), args.end());
  return run(all);
}

void open_to_everyone(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  fs::permissions(dir, fs::perms::all, fs::perm_options::add);
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    fs::permissions(entry.path(), fs::perms::all, fs::perm_options::add);
  }
}

CommandResult newsindex(const std::vector<std::string>& args) {
  std::vector<std::string> all = {NEWSINDEX_BIN};
  all.insert(all.end(), args.begin(), args.end());
  return run(all);
}

CommandResult newsquery(const std::vector<std::string>& args) {
  std::vector<std::string> all = {NEWSQUERY_BIN};
  all.insert(all.end(), args.begin(), args.end());
  return run(all);
}

std::filesystem::path sample_corpus() {
  return std::filesystem::path(NEWS_SOURCE_DIR) / "sample_corpus";
}

void copy_tree(const std::filesystem::path& from, const std::filesystem::path& to) {
  std::filesystem::copy(from, to, std::filesystem::copy_options::recursive);
}

std::map<std::string, nlohmann::json> extracted(const std::string& out) {
  std::map<std::string, nlohmann::json> by_id;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    const nlohmann::json j = nlohmann::json::parse(line);
    by_id[j["id"]] = j;
  }
  return by_id;
}

std::size_t lines_with(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    n += line.find(part) != std::string::npos ? 1 : 0;
  }
  return n;
}

std::size_t line_count(const std::string& text) {
  std::size_t n = 0;
  for (char c : text) {
    n += c == '\n' ? 1 : 0;
  }
  return n;
}

long summary_count(const std::string& out, const std::string& label) {
  std::smatch m;
  return std::regex_search(out, m, std::regex("(\\d+) " + label)) ? std::stol(m[1]) : -1;
}

}  // namespace news::test
