#include "html_encoding.hpp"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>

namespace news::html {
namespace {

// How far into the page a charset declaration is looked for.
constexpr std::size_t kSniffBytes = 4096;

// Unicode code points of Windows-1252 bytes 0x80..0x9F (0 where the byte is undefined,
// which is then read as the C1 control of the same number, as browsers do).
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

void append_code_point(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

void append_cp1252(std::string& out, unsigned char byte) {
  const char32_t high = byte >= 0x80 && byte < 0xA0 ? kCp1252High[byte - 0x80] : 0;
  append_code_point(out, high != 0 ? high : byte);
}

// Valid UTF-8 sequences as they are, every other byte as Windows-1252.
std::string decode_mixed(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  while (!bytes.empty()) {
    const std::size_t bad = find_invalid_utf8(bytes);
    if (bad == std::string_view::npos) {
      out.append(bytes);
      break;
    }
    out.append(bytes.substr(0, bad));
    append_cp1252(out, static_cast<unsigned char>(bytes[bad]));
    bytes.remove_prefix(bad + 1);
  }
  return out;
}

bool is_utf8_name(std::string_view charset) {
  return charset == "utf-8" || charset == "utf8" || charset == "unicode-1-1-utf-8";
}

bool is_latin1_name(std::string_view charset) {
  static constexpr std::array<std::string_view, 9> kNames = {
      "iso-8859-1", "iso8859-1", "latin1",       "latin-1",   "us-ascii",
      "ascii",      "cp1252",    "windows-1252", "iso_8859-1"};
  return std::find(kNames.begin(), kNames.end(), charset) != kNames.end();
}

// Converts with ICU; false when ICU does not know the charset.
bool convert_with_icu(std::string_view bytes, const std::string& charset, std::string& out) {
  const std::string name = charset == "gb2312" ? "gb18030" : charset;
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(name.c_str(), &status);
  if (U_FAILURE(status)) {
    return false;
  }
  ucnv_close(converter);
  const icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), name.c_str());
  out.clear();
  u.toUTF8String(out);
  return true;
}

std::string charset_value_after(std::string_view text, std::size_t pos) {
  while (pos < text.size() &&
         (text[pos] == ' ' || text[pos] == '=' || text[pos] == '"' || text[pos] == '\'')) {
    ++pos;
  }
  std::size_t end = pos;
  while (end < text.size() &&
         (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-' ||
          text[end] == '_' || text[end] == ':' || text[end] == '.')) {
    ++end;
  }
  return std::string(text.substr(pos, end - pos));
}

// The first byte at or after `pos` with the high bit set, or npos; eight bytes at a time.
std::size_t next_non_ascii(std::string_view bytes, std::size_t pos) {
  constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
  for (; pos + 8 <= bytes.size(); pos += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, bytes.data() + pos, 8);
    if ((word & kHighBits) != 0) {
      break;
    }
  }
  for (; pos < bytes.size(); ++pos) {
    if ((static_cast<unsigned char>(bytes[pos]) & 0x80) != 0) {
      return pos;
    }
  }
  return std::string_view::npos;
}

// Whether `bytes` is valid UTF-8. Pages are mostly ASCII, so ASCII runs are skipped a word
// at a time and only the runs of other bytes (which a valid sequence never leaves) are
// checked sequence by sequence.
bool is_valid_utf8(std::string_view bytes) {
  std::size_t pos = next_non_ascii(bytes, 0);
  while (pos != std::string_view::npos) {
    std::size_t end = pos;
    while (end < bytes.size() && (static_cast<unsigned char>(bytes[end]) & 0x80) != 0) {
      ++end;
    }
    if (find_invalid_utf8(bytes.substr(pos, end - pos)) != std::string_view::npos) {
      return false;
    }
    pos = next_non_ascii(bytes, end);
  }
  return true;
}

}  // namespace

std::string declared_charset(std::string_view bytes) {
  const std::string head = lower_ascii(bytes.substr(0, kSniffBytes));
  if (head.starts_with("<?xml")) {
    const std::size_t decl_end = head.find("?>");
    const std::size_t enc = head.find("encoding");
    if (enc != std::string::npos && enc < decl_end) {
      return charset_value_after(head, enc + 8);
    }
  }
  for (std::size_t meta = head.find("<meta"); meta != std::string::npos;
       meta = head.find("<meta", meta + 5)) {
    const std::size_t gt = head.find('>', meta);
    const std::size_t cs = head.find("charset", meta);
    if (cs != std::string::npos && (gt == std::string::npos || cs < gt)) {
      return charset_value_after(head, cs + 7);
    }
  }
  return {};
}

DecodedText decode_html(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF") || bytes.starts_with("\xFF\xFE") ||
      bytes.starts_with("\xFE\xFF")) {
    return decode_text(bytes);
  }
  DecodedText out;
  const std::string charset = declared_charset(bytes);
  if (is_valid_utf8(bytes)) {
    out.utf8 = std::string(bytes);  // ASCII reads the same in any charset
    return out;
  }
  if (!charset.empty() && !is_utf8_name(charset)) {
    const std::string name = is_latin1_name(charset) ? "windows-1252" : charset;
    if (name == "windows-1252") {
      out.encoding = name;
      out.utf8.clear();
      for (char c : bytes) {
        append_cp1252(out.utf8, static_cast<unsigned char>(c));
      }
      return out;
    }
    if (convert_with_icu(bytes, name, out.utf8)) {
      out.encoding = name;
      return out;
    }
  }
  out.encoding = "UTF-8 (invalid bytes as Windows-1252)";
  out.note = "not valid UTF-8; the invalid bytes were read as Windows-1252";
  out.utf8 = decode_mixed(bytes);
  return out;
}

}  // namespace news::html
