#include "serve_support.hpp"

#include <signal.h>

#include <chrono>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

namespace news::test {
namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

ServedIndex::ServedIndex(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {NEWSQUERY_BIN, "--serve", "--port", "0"};
  argv.insert(argv.end(), args.begin(), args.end());
  m_pid = start(argv, m_io / "stdout", m_io / "stderr");
  const std::regex address(R"(http://127\.0\.0\.1:([0-9]+)/)");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  std::smatch m;
  std::string out;
  while (std::chrono::steady_clock::now() < deadline) {
    out = slurp(m_io / "stdout");
    if (std::regex_search(out, m, address)) {
      m_port = std::stoi(m[1].str());
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ADD_FAILURE() << "no address printed: " << out << errors();
}

ServedIndex::~ServedIndex() {
  if (m_pid > 0) {
    kill(m_pid, SIGTERM);
    EXPECT_EQ(wait_for(m_pid), 0) << errors();
  }
}

httplib::Client ServedIndex::client() const {
  httplib::Client c("127.0.0.1", m_port);
  c.set_read_timeout(30, 0);
  c.set_connection_timeout(10, 0);
  return c;
}

httplib::Result ServedIndex::get(const std::string& path, const httplib::Headers& headers) const {
  httplib::Client c = client();
  httplib::Result r = c.Get(path, headers);
  EXPECT_TRUE(r) << path << ": " << httplib::to_string(r.error());
  return r;
}

std::string ServedIndex::errors() const {
  return slurp(m_io / "stderr");
}

std::string without_search_time(const std::string& text) {
  static const std::regex searched_at(R"("searched_at": *"[^"]*")");
  return std::regex_replace(text, searched_at, R"("searched_at": "")");
}

}  // namespace news::test
