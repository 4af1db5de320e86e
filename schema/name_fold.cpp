#include "name_fold.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <stdexcept>

namespace news {

bool is_ascii(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0x80) {
      return false;
    }
  }
  return true;
}

namespace {

std::string collapse_spaces_lower_ascii(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') {
        out.push_back(' ');
      }
    } else {
      out.push_back(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
    }
  }
  if (!out.empty() && out.back() == ' ') {
    out.pop_back();
  }
  return out;
}

// ICU transliterators are expensive to build and not safe to share between threads.
icu::Transliterator& thread_folder() {
  thread_local std::unique_ptr<icu::Transliterator> folder = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "NFD; [:Nonspacing Mark:] Remove; NFC; Lower", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !t) {
      throw std::runtime_error("ICU: cannot create the name-folding transliterator");
    }
    return t;
  }();
  return *folder;
}

}  // namespace

std::string fold_name(std::string_view text) {
  if (is_ascii(text)) {
    return collapse_spaces_lower_ascii(text);
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  thread_folder().transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return collapse_spaces_lower_ascii(out);
}

}  // namespace news
