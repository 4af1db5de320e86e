#include "text_fold.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "utf8.hpp"

namespace news::ner {

std::string fold_name(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<std::int32_t>(name.size())));
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(in, status) : in;
  if (U_FAILURE(status)) {
    decomposed = in;
  }
  icu::UnicodeString kept;
  bool space = false;
  for (std::int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK || c == '.') {
      continue;
    }
    if (u_isUWhiteSpace(c)) {
      space = !kept.isEmpty();
      continue;
    }
    if (space) {
      kept.append(static_cast<UChar>(' '));
      space = false;
    }
    kept.append(c == 0x2019 ? static_cast<UChar32>('\'') : c);
  }
  kept.foldCase();
  std::string out;
  kept.toUTF8String(out);
  return out;
}

std::string fix_capitals(std::string_view word) {
  std::size_t letters = 0;
  for (char c : word) {
    if (is_lower(static_cast<unsigned char>(c))) {
      return std::string(word);
    }
    letters += is_upper(static_cast<unsigned char>(c)) ? 1 : 0;
  }
  if (letters <= 3) {
    return std::string(word);
  }
  std::string out(word);
  bool start = true;
  for (char& c : out) {
    if (is_upper(static_cast<unsigned char>(c)) && !start) {
      c = static_cast<char>(c - 'A' + 'a');
    }
    start = !is_word_char(static_cast<unsigned char>(c)) && c != '\'';
  }
  return out;
}

}  // namespace news::ner
