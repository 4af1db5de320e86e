#include "markup_text.hpp"

#include <unicode/utf8.h>

namespace news {
namespace {

// Appends the escaped form of one character (a code point already checked).
void append_escaped(std::string& out, std::string_view character) {
  if (character.size() != 1) {
    out.append(character);
    return;
  }
  const char c = character[0];
  switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
        out.push_back(c);
      }
  }
}

}  // namespace

std::string escape_markup(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
      out += c < 0 ? "\xEF\xBF\xBD" : "";  // invalid: U+FFFD; C1 controls and DEL: dropped
      continue;
    }
    append_escaped(out, text.substr(std::size_t(start), std::size_t(i - start)));
  }
  return out;
}

}  // namespace news
