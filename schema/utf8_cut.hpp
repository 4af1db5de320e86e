// Cutting UTF-8 text by bytes without splitting a character: terms, titles, snippets,
// samples and windows of long articles are all bounded in bytes.
#pragma once

#include <cstddef>
#include <string_view>

namespace news {

// The largest position <= `pos` that starts a character of `text` (or ends it):
// `text.size()` when `pos` is past the end. 0 only when everything before `pos` is
// continuation bytes, which valid UTF-8 never is.
inline std::size_t utf8_cut(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) {
    return text.size();
  }
  while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) {
    --pos;
  }
  return pos;
}

}  // namespace news
