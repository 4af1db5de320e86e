// fold_latin_diacritics folds a text piece by piece (only the non-ASCII runs that can
// change go through ICU): it must give exactly what one transliteration of the whole text
// gives, on tricky strings and on the real pages of the HTML test corpus.
#include <gtest/gtest.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "text_forms.hpp"

namespace news::schema {
namespace {

// The folding of the whole text at once, as fold_latin_diacritics did before.
std::string folded_whole(const std::string& text) {
  static const std::unique_ptr<icu::Transliterator> folder = [] {
    UErrorCode status = U_ZERO_ERROR;
    UParseError where;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules(
        "latin-fold-whole", icu::UnicodeString::fromUTF8(":: NFD; [:Latin:] { [:Mn:]+ > ; :: NFC;"),
        UTRANS_FORWARD, where, status));
    EXPECT_FALSE(U_FAILURE(status));
    return t;
  }();
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  folder->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

TEST(TextForms, PiecewiseFoldingIsWholeTextFolding) {
  const char* texts[] = {
      "e\u0301",                       // a mark after an ASCII letter
      "Pe\u0301rez de Cue\u0301llar",  // decomposed marks inside words
      "\u0301 starts with a mark",     // a mark after nothing
      "x \u0301 after a space",        // a mark after a space stays
      "\u201cZ\u00fcrich\u201d \u2014 \u00e7a, na\u00efve caf\u00e9\u00a0!",
      "Erdo\u011fan Z\u0105bek \u1e9e \u00df \ufb01 \u0130stanbul",
      ("\u0939\u093f\u0928\u094d\u0926\u0940 \u0412\u043b\u0430\u0434\u0438\u043c\u0438\u0440 "
       "\u0419"),  // one text (parenthesised: clang warns of a missing comma otherwise)
      "\u1100\u1161 \u1100\u1161\u11a8",  // conjoining jamo compose under NFC
      "\u4e2d\u6587 \u65e5\u672c\u8a9e \ud55c\uad6d\uc5b4 \U0001F600",
      "A\u030a\u0323 \u212b \u2126 \u0344 a\u0344",  // reordering, singletons
      "\xff\xfe broken \xc3 utf-8 \xe2\x80",
      "trailing mark e\u0301\u0302\u0303",
      "plain ascii only",
      "",
  };
  for (const char* text : texts) {
    EXPECT_EQ(fold_latin_diacritics(text), folded_whole(text)) << text;
  }
}

TEST(TextForms, PiecewiseFoldingMatchesOnRealPages) {
  const std::filesystem::path pages =
      std::filesystem::path(NEWS_SOURCE_DIR) / "../shared/corpora/html-dev/pages";
  if (!std::filesystem::is_directory(pages)) {
    GTEST_SKIP() << "skipped: " << pages << " not found (the corpora live beside the repository)";
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(pages)) {
    files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  files.resize(std::min<std::size_t>(files.size(), 60));  // ICU on whole pages is slow
  std::size_t compared = 0;
  for (const std::filesystem::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const std::string text = bytes.str();
    ASSERT_EQ(fold_latin_diacritics(text), folded_whole(text)) << file;
    ++compared;
  }
  EXPECT_EQ(compared, 60u);
}

}  // namespace
}  // namespace news::schema
