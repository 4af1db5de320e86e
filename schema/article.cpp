#include "article.hpp"

#include <utility>

namespace news {
namespace {

std::size_t count_words_in(const std::string& text) {
  std::size_t words = 0;
  bool in_word = false;
  for (unsigned char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in_word) {
      ++words;
    }
    in_word = !space;
  }
  return words;
}

}  // namespace

double date_confidence(std::string_view source) {
  static constexpr std::pair<std::string_view, double> kConfidence[] = {
      {date_source::kFrontMatter, 0.95}, {date_source::kMetadata, 0.9},
      {date_source::kUrl, 0.8},          {date_source::kFilename, 0.8},
      {date_source::kText, 0.7},         {date_source::kDateline, 0.5},
      {date_source::kWarc, 0.3},
  };
  for (const auto& [name, confidence] : kConfidence) {
    if (name == source) {
      return confidence;
    }
  }
  return 0.0;
}

std::size_t count_words(const Article& article) {
  return count_words_in(article.title) + count_words_in(article.body);
}

}  // namespace news
