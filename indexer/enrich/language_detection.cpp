#include "language_detection.hpp"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "language.hpp"
#include "utf8_cut.hpp"

namespace CLD2 {
// Declared in CLD2's internal lang_script.h, which its public headers do not include.
const char* LanguageCode(Language lang);
}  // namespace CLD2

namespace news {
namespace {

// Enough text to decide; detection time stays flat for long articles.
constexpr std::size_t kSampleBytes = 16 * 1024;

// A cut that does not split a UTF-8 sequence (CLD2 rejects invalid UTF-8).
std::string_view utf8_prefix(std::string_view text, std::size_t max) {
  return text.substr(0, utf8_cut(text, max));
}

}  // namespace

std::string detect_language(std::string_view text) {
  const std::string_view sample = utf8_prefix(text, kSampleBytes);
  bool reliable = false;
  int valid_bytes = 0;
  const CLD2::Language language =
      CLD2::DetectLanguageCheckUTF8(sample.data(), static_cast<int>(sample.size()),
                                    /*is_plain_text=*/true, &reliable, &valid_bytes);
  if (!reliable || language == CLD2::UNKNOWN_LANGUAGE) {
    return {};
  }
  return schema::normalise_language_code(CLD2::LanguageCode(language));
}

void resolve_language(Article& article) {
  if (!article.language.empty()) {
    article.language = schema::normalise_language_code(article.language);
  }
  if (article.language.empty()) {
    article.language = detect_language(article.title + "\n" + article.body);
  }
}

}  // namespace news
