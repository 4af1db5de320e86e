#include "host_check.hpp"

#include <algorithm>

namespace news::web {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
  return out;
}

// "::1" for "[::1]", unchanged otherwise; IPv4-mapped IPv6 addresses as IPv4.
std::string bare_address(std::string_view address) {
  if (address.size() >= 2 && address.front() == '[' && address.back() == ']') {
    address = address.substr(1, address.size() - 2);
  }
  if (address.starts_with("::ffff:") && address.find('.') != std::string_view::npos) {
    address.remove_prefix(7);
  }
  return lower(address);
}

bool is_loopback(const std::string& address) {
  return address == "::1" || address.starts_with("127.");
}

// Splits "name:port", "[v6]:port", "name" or "[v6]" into name and port ("" when none).
// False when the header is not of that form.
bool split_host(std::string_view host, std::string& name, std::string& port) {
  std::size_t colon = std::string_view::npos;
  if (host.starts_with('[')) {
    const std::size_t close = host.find(']');
    if (close == std::string_view::npos) {
      return false;
    }
    colon = close + 1 < host.size() ? close + 1 : std::string_view::npos;
    if (colon != std::string_view::npos && host[colon] != ':') {
      return false;
    }
  } else {
    colon = host.find(':');
  }
  name = bare_address(host.substr(0, colon));
  port = colon == std::string_view::npos ? "" : std::string(host.substr(colon + 1));
  const bool port_ok = colon == std::string_view::npos ||
                       (!port.empty() && port.find_first_not_of("0123456789") == std::string::npos);
  return port_ok && !name.empty() && name.find_first_of(" \t/@\\") == std::string::npos;
}

}  // namespace

bool host_allowed(std::string_view host, std::string_view listen_address,
                  std::string_view local_address, int port) {
  std::string name, host_port;
  if (!split_host(host, name, host_port)) {
    return false;
  }
  if (!host_port.empty() && host_port != std::to_string(port)) {
    return false;
  }
  const std::string local = bare_address(local_address);
  return name == bare_address(listen_address) || (!local.empty() && name == local) ||
         (name == "localhost" && is_loopback(local));
}

}  // namespace news::web
