#include "text_forms.hpp"

#include "name_fold.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <cctype>
#include <memory>
#include <stdexcept>

namespace news::schema {
namespace {

bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_word_byte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 ||
         (static_cast<unsigned char>(c) >= 0x80);
}

// Marks after a Latin letter go; marks of other scripts (Devanagari vowel signs...) stay.
icu::Transliterator& thread_folder() {
  thread_local std::unique_ptr<icu::Transliterator> folder = [] {
    UErrorCode status = U_ZERO_ERROR;
    UParseError where;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules(
        "latin-fold", icu::UnicodeString::fromUTF8(":: NFD; [:Latin:] { [:Mn:]+ > ; :: NFC;"),
        UTRANS_FORWARD, where, status));
    if (U_FAILURE(status) || !t) {
      throw std::runtime_error("ICU: cannot create the diacritics-folding transliterator");
    }
    return t;
  }();
  return *folder;
}

// The length of a dotted initialism ("U.S." is 4) starting at `pos`, or 0.
std::size_t initialism_length(std::string_view text, std::size_t pos) {
  if (pos > 0 && (is_word_byte(text[pos - 1]) || text[pos - 1] == '.')) {
    return 0;
  }
  std::size_t end = pos;
  int letters = 0;
  while (end + 1 < text.size() && is_upper(text[end]) && text[end + 1] == '.') {
    end += 2;
    ++letters;
  }
  const bool word_follows = end < text.size() && is_word_byte(text[end]);
  return letters >= 2 && !word_follows ? end - pos : 0;
}

}  // namespace

std::string fold_latin_diacritics(std::string_view text) {
  if (is_ascii(text)) {
    return std::string(text);
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  thread_folder().transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string join_initialisms(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = is_upper(text[i]) ? initialism_length(text, i) : 0;
    if (n == 0) {
      out.push_back(text[i++]);
      continue;
    }
    for (std::size_t k = i; k < i + n; k += 2) {
      out += k == i ? "" : "_";
      out.push_back(text[k]);
    }
    i += n;
  }
  return out;
}

std::string index_form(std::string_view text) {
  return join_initialisms(fold_latin_diacritics(text));
}

}  // namespace news::schema
