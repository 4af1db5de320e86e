#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace news::ner {

// One decoded code point and the number of bytes it took.
struct Utf8Char {
  char32_t cp = 0;
  std::size_t length = 0;
};

// Decodes the code point starting at byte `pos`. Past the end: {0, 0}. An invalid
// byte decodes as itself (a Latin-1 reading) with length 1, so decoding never fails.
Utf8Char decode_utf8(std::string_view s, std::size_t pos);

// Appends the UTF-8 encoding of `cp`.
void append_utf8(std::string& out, char32_t cp);

inline bool is_upper(char32_t c) {
  return c >= 'A' && c <= 'Z';
}
inline bool is_lower(char32_t c) {
  return c >= 'a' && c <= 'z';
}
inline bool is_digit(char32_t c) {
  return c >= '0' && c <= '9';
}

// Whitespace, including the no-break space and other Unicode spaces.
bool is_space(char32_t c);

// Letters and digits; any code point >= 0x80 that is not punctuation or space counts
// as a letter.
bool is_word_char(char32_t c);

// ASCII lower-casing; other bytes are copied unchanged.
std::string ascii_lower(std::string_view s);
// The same into `out`, whose storage is reused (no allocation once it is large enough).
void ascii_lower_into(std::string_view s, std::string& out);

}  // namespace news::ner
