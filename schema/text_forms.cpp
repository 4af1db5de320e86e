#include "text_forms.hpp"

#include "name_fold.hpp"

#include <unicode/translit.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cctype>
#include <cstdint>
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

// Characters the folding leaves as they are whatever surrounds them: no Latin letter, no
// mark, unchanged by NFD and NFC and not combining with a neighbour under either.
bool folds_to_itself(std::string_view utf8) {
  static const icu::UnicodeSet kInert = [] {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeSet set(
        icu::UnicodeString::fromUTF8("[[:^Latin:]&[:^Mn:]&[:NFD_Inert:]&[:NFC_Inert:]]"), status);
    if (U_FAILURE(status)) {
      throw std::runtime_error("ICU: cannot build the set of characters folding keeps");
    }
    set.freeze();  // frozen sets are safe to read from several threads
    return set;
  }();
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const auto length = static_cast<std::int32_t>(utf8.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || !kInert.contains(c)) {
      return false;
    }
  }
  return true;
}

std::string fold_piece(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  thread_folder().transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
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
  // Folded piece by piece: a run of non-ASCII bytes with the ASCII character before it
  // (a Latin letter its marks may follow). The folding does not reach across an ASCII
  // character: it is never a mark, never decomposes and never composes with what comes
  // before it. Runs of characters that folding leaves as they are (quotes, dashes, other
  // scripts) are copied; only the rest goes through ICU, which is slow on whole texts.
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t run = i;
    while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
    }
    const std::size_t start = i;
    while (i < text.size() && static_cast<unsigned char>(text[i]) >= 0x80) {
      ++i;
    }
    const std::string_view non_ascii = text.substr(start, i - start);
    if (non_ascii.empty() || folds_to_itself(non_ascii)) {
      out.append(text.substr(run, i - run));
      continue;
    }
    const std::size_t with_base = start > run ? start - 1 : start;
    out.append(text.substr(run, with_base - run));
    out.append(fold_piece(text.substr(with_base, i - with_base)));
  }
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
