#include "suggestions.hpp"

#include <cctype>

namespace news {
namespace {

// Edit distance Xapian allows between a word and its suggestion.
constexpr unsigned kMaxEdits = 2;

// `word` (lower case) cased like `typed`: "Stoltenburg" -> "Stoltenberg", "NATO" -> "NATO".
std::string cased_like(const std::string& word, std::string_view typed) {
  const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  std::string out = word;
  if (typed.size() > 1 && upper(typed[0]) && upper(typed[1])) {
    for (char& c : out) {
      c = char(std::toupper(static_cast<unsigned char>(c)));
    }
  } else if (!typed.empty() && upper(typed[0]) && !out.empty()) {
    out[0] = char(std::toupper(static_cast<unsigned char>(out[0])));
  }
  return out;
}

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || (c & 0x80) != 0;
}

// Replaces the first whole-word `from` in `text` after `pos`; returns where it ended.
std::size_t replace_word(std::string& text, std::size_t pos, std::string_view from,
                         const std::string& to) {
  for (std::size_t at = text.find(from, pos); at != std::string::npos;
       at = text.find(from, at + 1)) {
    const bool starts = at == 0 || !is_word_char(text[at - 1]);
    const bool ends = at + from.size() >= text.size() || !is_word_char(text[at + from.size()]);
    if (starts && ends) {
      text.replace(at, from.size(), to);
      return at + to.size();
    }
  }
  return pos;
}

}  // namespace

std::string spelling_suggestion(const Xapian::Database& db, const ReadRequest& read,
                                std::string_view typed) {
  std::string out(typed);
  bool changed = false;
  std::size_t pos = 0;
  for (std::size_t i = 0; i < read.words.size() && i < read.typed_words.size(); ++i) {
    const std::string& word = read.words[i];
    if (is_stop_word(word) || db.get_termfreq(word) > 0) {
      continue;
    }
    const std::string better = db.get_spelling_suggestion(word, kMaxEdits);
    if (better.empty() || better == word) {
      continue;
    }
    const std::size_t next =
        replace_word(out, pos, read.typed_words[i], cased_like(better, read.typed_words[i]));
    changed = changed || next != pos;
    pos = next;
  }
  return changed ? out : std::string();
}

}  // namespace news
