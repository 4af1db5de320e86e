// Wire copy as it comes: hard-wrapped lines joined within a paragraph.
#include <gtest/gtest.h>

#include <string>

#include "wire_text.hpp"

namespace news::ner {
namespace {

constexpr const char* kWrapped =
    "WASHINGTON, Feb 26 - The Federal Reserve Board said Chairman Paul\n"
    "Volcker told Congress the dollar had fallen far enough against the\n"
    "yen and the mark, and that further declines could hurt growth.\n"
    "    Volcker said the Fed would keep policy steady for now.\n"
    "\n"
    "Table follows\n";

TEST(WireText, JoinsWrappedLinesKeepingEveryOffset) {
  const std::string joined = join_wrapped_lines(kWrapped);
  ASSERT_EQ(joined.size(), std::string(kWrapped).size());
  EXPECT_NE(joined.find("Chairman Paul Volcker told"), std::string::npos);
  EXPECT_NE(joined.find("against the yen"), std::string::npos);
  // An indented line and a blank line start paragraphs.
  EXPECT_NE(joined.find("growth.\n    Volcker"), std::string::npos);
  EXPECT_NE(joined.find("now.\n\nTable follows"), std::string::npos);
  for (std::size_t i = 0; i < joined.size(); ++i) {
    if (joined[i] != kWrapped[i]) {
      EXPECT_EQ(kWrapped[i], '\n') << i;
      EXPECT_EQ(joined[i], ' ') << i;
    }
  }
}

TEST(WireText, AShortLineEndsItsParagraph) {
  // "Reserve" would have fitted after "rose.": the break is the writer's, not a wrap.
  const std::string text =
      "The dollar fell sharply against the yen in Tokyo on Friday, dealers\n"
      "said, and gold rose.\n"
      "Reserve Bank officials declined to comment on the figures at all.\n";
  EXPECT_NE(join_wrapped_lines(text).find("rose.\nReserve"), std::string::npos);
  EXPECT_NE(join_wrapped_lines(text).find("dealers said"), std::string::npos);
}

TEST(WireText, TextWithLongLinesIsLeftAlone) {
  const std::string text =
      "One sentence a line, as clean text is laid out, with lines far longer than any wire "
      "service would ever send down the line to its clients.\nA second line.\n";
  EXPECT_EQ(join_wrapped_lines(text), text);
  EXPECT_EQ(join_wrapped_lines(""), "");
  EXPECT_EQ(join_wrapped_lines("\n\n"), "\n\n");
}

}  // namespace
}  // namespace news::ner
