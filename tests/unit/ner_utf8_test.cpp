#include <gtest/gtest.h>

#include "utf8.hpp"

namespace news::ner {
namespace {

TEST(NerUtf8, AsciiLowerIntoReusesTheBuffer) {
  std::string out = "a longer earlier content";
  ascii_lower_into("Kabul", out);
  EXPECT_EQ(out, "kabul");
  ascii_lower_into("ÉCOLE NATO-led", out);
  EXPECT_EQ(out, "École nato-led");
  EXPECT_EQ(out, ascii_lower("ÉCOLE NATO-led"));
  ascii_lower_into("", out);
  EXPECT_TRUE(out.empty());
}

}  // namespace
}  // namespace news::ner
