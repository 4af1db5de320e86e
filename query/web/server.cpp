#include "server.hpp"

#include <pthread.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <iostream>
#include <thread>

#include "error.hpp"
#include "host_check.hpp"
#include "routes.hpp"

namespace news::web {
namespace {

constexpr std::size_t kMaxRequestBytes = 16 * 1024;  // bodies (the page sends none)
constexpr time_t kReadSeconds = 10;
constexpr time_t kWriteSeconds = 30;
constexpr std::size_t kMinThreads = 8;

// Sent with every answer: only the program's own files may be loaded or run, no inline
// script or style, no framing, no form or link leaving for another site by default.
httplib::Headers security_headers() {
  return {{"Content-Security-Policy",
           "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
           "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"},
          {"X-Content-Type-Options", "nosniff"},
          {"X-Frame-Options", "DENY"},
          {"Referrer-Policy", "no-referrer"},
          {"Cross-Origin-Opener-Policy", "same-origin"},
          {"Cross-Origin-Resource-Policy", "same-origin"}};
}

// Blocks SIGINT and SIGTERM in this thread and the threads it starts; they are taken by
// sigwait in one thread instead, which stops the server.
sigset_t stop_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  return set;
}

}  // namespace

WebServer::WebServer(const std::vector<std::string>& db_dirs, const std::string& listen,
                     unsigned port)
    : m_engine(db_dirs), m_listen(listen) {
  configure(db_dirs.empty() ? std::string() : db_dirs.front());
  m_port = port == 0 ? m_server.bind_to_any_port(listen)
                     : (m_server.bind_to_port(listen, int(port)) ? int(port) : -1);
  if (m_port <= 0) {
    throw Error(ExitCode::kUsage,
                "cannot listen on " + listen + (port == 0 ? "" : " port " + std::to_string(port)),
                "the port may be in use or the address not this computer's: try another "
                "--port (0 picks a free one) or --listen");
  }
}

void WebServer::configure(const std::string& db_name) {
  const unsigned threads = std::max<unsigned>(kMinThreads, std::thread::hardware_concurrency());
  m_server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  // SO_REUSEADDR (a restart need not wait for old connections) but not cpp-httplib's
  // default SO_REUSEPORT, with which a second server would share the port instead of failing.
  m_server.set_socket_options([](socket_t sock) {
    const int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  m_server.set_payload_max_length(kMaxRequestBytes);
  m_server.set_read_timeout(kReadSeconds);
  m_server.set_write_timeout(kWriteSeconds);
  m_server.set_default_headers(security_headers());
  m_server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (host_allowed(req.get_header_value("Host"), m_listen, req.local_addr, m_port)) {
      return httplib::Server::HandlerResponse::Unhandled;
    }
    res.status = 421;
    res.set_content("This server answers only requests addressed to " + url() + "\n",
                    "text/plain; charset=utf-8");
    return httplib::Server::HandlerResponse::Handled;
  });
  m_server.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        res.status = 500;
        res.set_content("internal error\n", "text/plain; charset=utf-8");
      });
  add_routes(m_server, m_engine, db_name);
}

std::string WebServer::url() const {
  const bool v6 = m_listen.find(':') != std::string::npos;
  const std::string host = m_listen == "0.0.0.0" ? "127.0.0.1"
                           : m_listen == "::"    ? "::1"
                                                 : m_listen;
  return "http://" + (v6 ? "[" + host + "]" : host) + ":" + std::to_string(m_port) + "/";
}

void WebServer::run() {
  m_server.listen_after_bind();
}

void WebServer::stop() {
  m_server.stop();
}

int serve(const QueryOptions& options) {
  const sigset_t signals = stop_signals();
  WebServer server(options.db_dirs, options.listen, options.port);
  std::atomic<bool> done = false;
  std::thread waiter([&server, &done, signals] {
    int signal = 0;
    sigwait(&signals, &signal);
    while (!done) {  // a signal that comes before run() starts must still stop it
      server.stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  });
  std::cout << "newsquery: serving " << options.db_dirs.front() << " at " << server.url()
            << " (Ctrl-C stops)" << std::endl;
  server.run();
  done = true;
  pthread_kill(waiter.native_handle(), SIGTERM);  // wakes the waiter if run() ended alone
  waiter.join();
  return int(ExitCode::kOk);
}

}  // namespace news::web
