// xapian-tcpsrv serving one index on 127.0.0.1 for a test: started on a free port and
// known to accept connections before the test goes on (a one-shot server probed or raced
// by a second one would be used up), stopped when this goes, and also when the test
// program dies first (the kernel sends it SIGTERM then).
#pragma once

#include <string>

namespace news::test {

class TcpServer {
 public:
  explicit TcpServer(const std::string& db);
  ~TcpServer();
  TcpServer(const TcpServer&) = delete;
  TcpServer& operator=(const TcpServer&) = delete;

  bool running() const;
  std::string location() const { return "tcp://127.0.0.1:" + std::to_string(m_port); }

 private:
  int launch(const std::string& db) const;

  int m_port = 0;
  int m_pid = -1;
};

}  // namespace news::test
