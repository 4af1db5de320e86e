#include "text_decoding.hpp"

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace news {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";

std::string to_utf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

icu::UnicodeString from_codepage(std::string_view bytes, const char* codepage) {
  return icu::UnicodeString(bytes.data(), static_cast<int32_t>(bytes.size()), codepage);
}

// NFC, skipped for the common case of text that is already normalised (all ASCII is).
std::string normalise_nfc(std::string text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || std::all_of(text.begin(), text.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x80;
      })) {
    return text;
  }
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  if (nfc->isNormalized(u, status) && U_SUCCESS(status)) {
    return text;
  }
  status = U_ZERO_ERROR;
  const icu::UnicodeString normalised = nfc->normalize(u, status);
  return U_SUCCESS(status) ? to_utf8(normalised) : text;
}

std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80)
    return 1;
  if (lead >= 0xC2 && lead <= 0xDF)
    return 2;
  if (lead >= 0xE0 && lead <= 0xEF)
    return 3;
  if (lead >= 0xF0 && lead <= 0xF4)
    return 4;
  return 0;
}

// Length of the valid UTF-8 sequence at `i`, or 0 when the byte there starts none.
std::size_t valid_sequence_at(std::string_view bytes, std::size_t i) {
  const auto lead = static_cast<unsigned char>(bytes[i]);
  const std::size_t len = sequence_length(lead);
  if (len == 0 || i + len > bytes.size()) {
    return 0;
  }
  for (std::size_t k = 1; k < len; ++k) {
    if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80) {
      return 0;
    }
  }
  const auto second = static_cast<unsigned char>(len > 1 ? bytes[i + 1] : 0);
  const bool overlong_or_surrogate =
      (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) ||
      (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F);
  return overlong_or_surrogate ? 0 : len;
}

// Keeps every valid UTF-8 sequence and reads each other byte as Windows-1252: right for
// Latin-1 files (every accented byte is invalid UTF-8) and for UTF-8 files with a few
// stray legacy bytes, where decoding everything as Windows-1252 would garble the rest.
std::string repair_utf8(std::string_view bytes, std::size_t& recoded) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t len = valid_sequence_at(bytes, i);
    if (len > 0) {
      out.append(bytes.substr(i, len));
      i += len;
      continue;
    }
    out += to_utf8(from_codepage(bytes.substr(i, 1), "windows-1252"));
    ++recoded;
    ++i;
  }
  return out;
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t len = valid_sequence_at(bytes, i);
    if (len == 0) {
      return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

bool looks_binary(std::string_view bytes) {
  if (bytes.starts_with(kUtf16LeBom) || bytes.starts_with(kUtf16BeBom)) {
    return false;
  }
  const std::string_view head = bytes.substr(0, 8192);
  std::size_t control = 0;
  for (unsigned char c : head) {
    if (c == 0) {
      return true;
    }
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
      ++control;
    }
  }
  return !head.empty() && control * 10 > head.size();
}

DecodedText decode_text(std::string_view bytes) {
  DecodedText out;
  if (bytes.starts_with(kUtf8Bom)) {
    bytes.remove_prefix(kUtf8Bom.size());
  } else if (bytes.starts_with(kUtf16LeBom) || bytes.starts_with(kUtf16BeBom)) {
    const bool le = bytes.starts_with(kUtf16LeBom);
    out.encoding = le ? "UTF-16LE" : "UTF-16BE";
    out.utf8 = normalise_nfc(to_utf8(from_codepage(bytes.substr(2), out.encoding.c_str())));
    return out;
  }
  const std::size_t bad = find_invalid_utf8(bytes);
  if (bad == std::string_view::npos) {
    out.utf8 = normalise_nfc(std::string(bytes));
    return out;
  }
  std::size_t recoded = 0;
  out.utf8 = normalise_nfc(repair_utf8(bytes, recoded));
  out.encoding = "UTF-8 + windows-1252";
  out.note = "not valid UTF-8 (first at byte " + std::to_string(bad) + "); " +
             std::to_string(recoded) + " byte(s) read as Windows-1252";
  return out;
}

}  // namespace news
