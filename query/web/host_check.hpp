// The Host header check against DNS rebinding: a page on evil.example whose name is made to
// resolve to 127.0.0.1 reaches this server with "Host: evil.example[:port]", and is refused.
#pragma once

#include <string>
#include <string_view>

namespace news::web {

// True when `host` (a Host header: name or address, an optional ":port", IPv6 in brackets)
// names this server: the address it listens on as given to --listen, the address the
// connection reached (`local_address`: what a browser uses when --listen is 0.0.0.0 or ::),
// or "localhost" when that address is a loopback one; with no port or `port`.
// Case does not matter; anything else (another name, another port, an empty header) is false.
bool host_allowed(std::string_view host, std::string_view listen_address,
                  std::string_view local_address, int port);

}  // namespace news::web
