// A running `newsquery --serve` for end-to-end tests, and an HTTP client for it.
#pragma once

#include <httplib.h>

#include <string>
#include <vector>

#include "cli_support.hpp"

namespace news::test {

class ServedIndex {
 public:
  // Starts newsquery --serve --port 0 with `args` (--db ...) and waits for the address it
  // prints. Fails the test when it does not print one within 30 s.
  explicit ServedIndex(const std::vector<std::string>& args);
  // Stops it with SIGTERM; expects a clean exit (status 0).
  ~ServedIndex();
  ServedIndex(const ServedIndex&) = delete;
  ServedIndex& operator=(const ServedIndex&) = delete;

  int port() const { return m_port; }
  // A client for it, with a 30 s timeout.
  httplib::Client client() const;
  // GET `path`, failing the test when no answer comes.
  httplib::Result get(const std::string& path, const httplib::Headers& headers = {}) const;
  // What the server wrote to stderr so far.
  std::string errors() const;

 private:
  TempDir m_io;
  int m_pid = -1;
  int m_port = 0;
};

// A search answer or export without the time it ran (the manifest's searched_at): the page
// and the command run a second apart on a loaded machine.
std::string without_search_time(const std::string& text);

}  // namespace news::test
