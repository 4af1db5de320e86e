// Decoding file bytes to NFC UTF-8.
#include <gtest/gtest.h>

#include "text/text_decoding.hpp"

namespace news {
namespace {

TEST(TextDecoding, KeepsValidUtf8AndDropsTheBom) {
  const DecodedText d = decode_text(
      "\xEF\xBB\xBF"
      "caf\xC3\xA9");
  EXPECT_EQ(d.utf8, "caf\xC3\xA9");
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_TRUE(d.note.empty());
}

TEST(TextDecoding, FallsBackToWindows1252WithANote) {
  const DecodedText d = decode_text(
      "caf\xE9 \xA3"
      "5 \x93quoted\x94");
  EXPECT_EQ(d.utf8,
            "caf\xC3\xA9 \xC2\xA3"
            "5 \xE2\x80\x9Cquoted\xE2\x80\x9D");
  EXPECT_EQ(d.encoding, "UTF-8 + windows-1252");
  EXPECT_NE(d.note.find("byte 3"), std::string::npos) << d.note;
}

TEST(TextDecoding, KeepsValidUtf8AroundStrayLegacyBytes) {
  // UTF-8 "Renée" and a stray Latin-1 pound sign, as in real archives.
  const DecodedText d = decode_text(
      "Ren\xC3\xA9"
      "e paid \xA3"
      "5");
  EXPECT_EQ(d.utf8,
            "Ren\xC3\xA9"
            "e paid \xC2\xA3"
            "5");
  EXPECT_NE(d.note.find("1 byte(s)"), std::string::npos) << d.note;
}

TEST(TextDecoding, ReadsUtf16WithBom) {
  const std::string le(
      "\xFF\xFE"
      "h\0i\0",
      6);
  EXPECT_EQ(decode_text(le).utf8, "hi");
  const std::string be("\xFE\xFF\0h\0i", 6);
  EXPECT_EQ(decode_text(be).utf8, "hi");
}

TEST(TextDecoding, NormalisesToNfc) {
  // "e" + combining acute accent becomes the precomposed "é".
  EXPECT_EQ(decode_text("e\xCC\x81").utf8, "\xC3\xA9");
}

TEST(TextDecoding, FindsInvalidSequences) {
  EXPECT_EQ(find_invalid_utf8("plain"), std::string_view::npos);
  EXPECT_EQ(find_invalid_utf8("ab\xC3\x28"), 2u);
  EXPECT_EQ(find_invalid_utf8("\xED\xA0\x80"), 0u);  // a UTF-16 surrogate
  EXPECT_EQ(find_invalid_utf8("\xC0\xAF"), 0u);      // overlong
  EXPECT_EQ(find_invalid_utf8("ok\xE2\x82"), 2u);    // truncated
}

TEST(TextDecoding, DetectsBinary) {
  EXPECT_TRUE(looks_binary(std::string("\x89PNG\r\n\x1A\n\0\0", 10)));
  EXPECT_FALSE(looks_binary("An ordinary line of text.\n"));
  EXPECT_FALSE(
      looks_binary("\xFF\xFE"
                   "a"));
}

}  // namespace
}  // namespace news
