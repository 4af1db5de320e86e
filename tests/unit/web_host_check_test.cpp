// DNS rebinding: the web page answers only requests whose Host header names it.
#include <gtest/gtest.h>

#include "web/host_check.hpp"

namespace news::web {
namespace {

TEST(WebHostCheck, TheListeningAddressAndLocalhostAreAccepted) {
  EXPECT_TRUE(host_allowed("127.0.0.1:8080", "127.0.0.1", "127.0.0.1", 8080));
  EXPECT_TRUE(host_allowed("127.0.0.1", "127.0.0.1", "127.0.0.1", 8080));
  EXPECT_TRUE(host_allowed("localhost:8080", "127.0.0.1", "127.0.0.1", 8080));
  EXPECT_TRUE(host_allowed("LOCALHOST:8080", "127.0.0.1", "127.0.0.1", 8080));
  EXPECT_TRUE(host_allowed("[::1]:8080", "::1", "::1", 8080));
  EXPECT_TRUE(host_allowed("localhost:8080", "::1", "::1", 8080));
  EXPECT_TRUE(host_allowed("archive.lan:8080", "archive.lan", "192.168.1.5", 8080));
}

TEST(WebHostCheck, AnyAddressAcceptsTheAddressTheConnectionReached) {
  EXPECT_TRUE(host_allowed("192.168.1.5:8080", "0.0.0.0", "192.168.1.5", 8080));
  EXPECT_TRUE(host_allowed("192.168.1.5:8080", "0.0.0.0", "::ffff:192.168.1.5", 8080));
  EXPECT_TRUE(host_allowed("[fe80::1]:8080", "::", "fe80::1", 8080));
  EXPECT_FALSE(host_allowed("localhost:8080", "0.0.0.0", "192.168.1.5", 8080));
}

TEST(WebHostCheck, OtherNamesPortsAndMalformedHeadersAreRefused) {
  for (const char* host :
       {"evil.example", "evil.example:8080", "127.0.0.1:8081", "localhost:80", "", ":8080",
        "127.0.0.1:", "[::1", "[::1]x", "127.0.0.1@evil.example", "localhost.evil.example:8080",
        "127.0.0.1.nip.io:8080", "127.0.0.1:8080:8080"}) {
    EXPECT_FALSE(host_allowed(host, "127.0.0.1", "127.0.0.1", 8080)) << host;
  }
  EXPECT_FALSE(host_allowed("localhost:8080", "192.168.1.5", "192.168.1.5", 8080));
}

}  // namespace
}  // namespace news::web
