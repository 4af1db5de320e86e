// Inputs built to be expensive: deeply nested HTML, huge articles, archives and compressed
// files that expand enormously. Each must finish in bounded time and memory, and say what
// it did. The inputs are generated in a temporary folder.
#include <gtest/gtest.h>

#include <string>

#include "cli_support.hpp"

namespace news::test {
namespace {

std::string repeated(const std::string& part, std::size_t times) {
  std::string out;
  out.reserve(part.size() * times);
  for (std::size_t i = 0; i < times; ++i) {
    out += part;
  }
  return out;
}

// Sanitizer builds run several times slower: time bounds are scaled, memory bounds skipped.
#if defined(__SANITIZE_ADDRESS__)
constexpr double kSlowdown = 10;
constexpr bool kSanitized = true;
#else
constexpr double kSlowdown = 1;
constexpr bool kSanitized = false;
#endif

constexpr const char* kDeepText = "The text at the bottom of the nesting is still indexed.";

// 100,000 nested <div> took 35 s closed and 73 s unclosed in the HTML parser.
TEST(Limits, DeeplyNestedHtmlTakesUnderASecondAndKeepsItsText) {
  TempDir dir;
  const std::string head = "<html><head><title>Deep page</title></head><body>";
  const std::string deep = repeated("<div>", 100000) + "<p>" + kDeepText + "</p>";
  write_file(dir.path() / "closed.html", head + deep + repeated("</div>", 100000) + "</body>");
  write_file(dir.path() / "unclosed.html", head + deep);
  write_file(dir.path() / "shallow.html", head + "<div><p>" + kDeepText + "</p></div></body>");
  // Start-up (loading the entity model) is paid by every page: measured on a plain one.
  const double start_up = newsindex({"--extract", dir / "shallow.html"}).seconds;
  for (const char* name : {"closed.html", "unclosed.html"}) {
    const CommandResult r = newsindex({"--extract", dir / name});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto articles = extracted(r.out);
    ASSERT_EQ(articles.size(), 1u) << name;
    EXPECT_EQ(articles.at(name)["body"], kDeepText) << name;
    EXPECT_EQ(articles.at(name)["title"], "Deep page") << name;
    EXPECT_LT(r.seconds - start_up, 1.0 * kSlowdown) << name;
  }
}

}  // namespace
}  // namespace news::test
