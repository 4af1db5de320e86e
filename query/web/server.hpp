// newsquery --serve: the search library behind a small HTTP server (cpp-httplib), for a web
// browser. Security (docs/web.md): it listens where --listen says (127.0.0.1 by default),
// refuses requests whose Host header does not name it (DNS rebinding), sends a strict
// Content-Security-Policy (scripts only from the program itself) with every answer, reads
// the index read-only, and bounds request sizes, query lengths and the time of a match.
#pragma once

#include <httplib.h>

#include <string>
#include <vector>

#include "options.hpp"
#include "search_engine.hpp"

namespace news::web {

class WebServer {
 public:
  // Opens the indexes (Error(kDatabase) when one is missing) and binds `listen`:`port`
  // (0: a free port); Error(kUsage) when the address cannot be listened on.
  WebServer(const std::vector<std::string>& db_dirs, const std::string& listen, unsigned port);

  int port() const { return m_port; }
  // The address to open: "http://127.0.0.1:8080/" ("[::1]" for IPv6).
  std::string url() const;

  // Answers requests on many threads until stop() (from any thread).
  void run();
  void stop();

 private:
  void configure(const std::string& db_name);

  SearchEngine m_engine;
  httplib::Server m_server;
  std::string m_listen;
  int m_port = 0;
};

// The whole of `newsquery --serve`: prints the address on stdout, then serves until SIGINT
// or SIGTERM. Returns the exit status (0); throws Error when it cannot start.
int serve(const QueryOptions& options);

}  // namespace news::web
