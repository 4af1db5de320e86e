#include "article.hpp"

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

std::size_t count_words(const Article& article) {
  return count_words_in(article.title) + count_words_in(article.body);
}

}  // namespace news
