// File names as ids: distinct bytes stay distinct, ids are printable UTF-8, and the
// escaping is undone exactly.
#include <gtest/gtest.h>

#include "path_names.hpp"

namespace news {
namespace {

struct Case {
  std::string raw, escaped;
};

TEST(PathNames, EscapesOnlyWhatMustBe) {
  const Case cases[] = {
      {"plain/2024/story.txt", "plain/2024/story.txt"},
      {"caf\xC3\xA9.txt", "caf\xC3\xA9.txt"},  // valid UTF-8 stays
      {"caf\xE9.txt", "caf%E9.txt"},           // Latin-1 é
      {"caf\xE8.txt", "caf%E8.txt"},           // Latin-1 è: another id
      {"a\nb.txt", "a%0Ab.txt"},
      {"tab\there", "tab%09here"},
      {"50%.txt", "50%.txt"},         // a lone % cannot be read as an escape
      {"50%41.txt", "50%2541.txt"},   // but %41 could: the % is escaped
      {"\xED\xA0\x80", "%ED%A0%80"},  // a UTF-16 surrogate is not UTF-8
      {"\xC0\xAF", "%C0%AF"},         // overlong
      {"end\xE2\x82", "end%E2%82"},   // cut short
      {"\xF0\x9F\x93\xB0 news", "\xF0\x9F\x93\xB0 news"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(escape_path_name(c.raw), c.escaped) << c.raw;
    EXPECT_EQ(unescape_path_name(c.escaped), c.raw) << c.escaped;
  }
}

TEST(PathNames, EveryByteRoundTrips) {
  std::string all;
  for (int b = 0; b < 256; ++b) {
    all += char(b);
    all += "%4";
  }
  EXPECT_EQ(unescape_path_name(escape_path_name(all)), all);
}

}  // namespace
}  // namespace news
