#include "tokenizer.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "utf8.hpp"

namespace news::ner {
namespace {

// Abbreviations that keep their trailing period, as in CoNLL-2003.
constexpr std::array<std::string_view, 40> kAbbreviations = {
    "St",  "Inc", "Corp", "Co",   "Ltd",  "Jr",   "Sr",   "vs",   "Calif", "Gen",
    "Dr",  "Mt",  "No",   "Jan",  "Feb",  "Aug",  "Sept", "Sep",  "Oct",   "Nov",
    "Dec", "Rep", "Sen",  "Gov",  "Lt",   "Col",  "Capt", "Sgt",  "Bros",  "Ave",
    "Fla", "Ill", "Mass", "Conn", "Penn", "Wash", "Ore",  "Ariz", "Tex",   "Prof"};

constexpr std::array<std::string_view, 8> kClitics = {"'s",  "'S",  "n't", "N'T",
                                                      "'re", "'ve", "'ll", "'m"};

bool is_apostrophe(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x2018;
}

// Characters joining two word characters into one token ("U.S", "1,000", "O'Neill").
bool joins(char32_t c, char32_t prev, char32_t next) {
  if (!is_word_char(next)) {
    return false;
  }
  if (c == ',' || c == ':') {
    return is_digit(prev) && is_digit(next);
  }
  return c == '.' || c == '-' || c == '/' || c == '&' || is_apostrophe(c);
}

bool keeps_period(std::string_view word) {
  if (word.find('.') != std::string_view::npos) {
    return true;
  }
  if (word.size() == 1 && is_upper(static_cast<unsigned char>(word[0]))) {
    return true;
  }
  for (std::string_view a : kAbbreviations) {
    if (word == a) {
      return true;
    }
  }
  return false;
}

// Length in bytes of a clitic ('s, n't, ...) ending `word`, or 0.
std::size_t clitic_length(std::string_view word) {
  for (std::string_view c : kClitics) {
    if (word.size() > c.size() && word.ends_with(c)) {
      return c.size();
    }
  }
  // Curly apostrophe forms: "’s" is 4 bytes.
  if (word.size() > 4 && (word.ends_with("\xE2\x80\x99s") || word.ends_with("\xE2\x80\x99S"))) {
    return 4;
  }
  return 0;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : m_text(text) {}

  std::vector<Token> run() {
    while (m_pos < m_text.size()) {
      Utf8Char c = decode_utf8(m_text, m_pos);
      if (is_space(c.cp)) {
        m_pos += c.length;
      } else if (c.cp == '.' || c.cp == '-') {
        scan_run(c.cp);
      } else if (is_word_char(c.cp)) {
        scan_word();
      } else {
        emit(m_pos, m_pos + c.length);
        m_pos += c.length;
      }
    }
    return std::move(m_tokens);
  }

 private:
  void emit(std::size_t b, std::size_t e) {
    m_tokens.push_back(Token{m_text.substr(b, e - b), b, e});
  }

  // A run of periods ("...") or hyphens ("--") is one token.
  void scan_run(char32_t mark) {
    std::size_t b = m_pos;
    while (m_pos < m_text.size() && static_cast<char32_t>(m_text[m_pos]) == mark) {
      ++m_pos;
    }
    emit(b, m_pos);
  }

  void scan_word() {
    std::size_t b = m_pos;
    char32_t prev = 0;
    while (m_pos < m_text.size()) {
      Utf8Char c = decode_utf8(m_text, m_pos);
      if (is_word_char(c.cp)) {
        prev = c.cp;
        m_pos += c.length;
        continue;
      }
      if (is_space(c.cp)) {
        break;
      }
      Utf8Char next = decode_utf8(m_text, m_pos + c.length);
      if (!joins(c.cp, prev, next.cp)) {
        break;
      }
      prev = c.cp;
      m_pos += c.length;
    }
    if (m_pos < m_text.size() && m_text[m_pos] == '.' &&
        keeps_period(m_text.substr(b, m_pos - b)) &&
        !(m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '.')) {
      ++m_pos;
    }
    std::size_t clitic = clitic_length(m_text.substr(b, m_pos - b));
    if (clitic > 0) {
      emit(b, m_pos - clitic);
    }
    emit(m_pos - (clitic > 0 ? clitic : m_pos - b), m_pos);
  }

  std::string_view m_text;
  std::size_t m_pos = 0;
  std::vector<Token> m_tokens;
};

bool ends_sentence(std::string_view t) {
  return t == "." || t == "!" || t == "?" || t == "...";
}

// "Mr. Smith": a title abbreviation written with its period does not end a sentence.
bool is_title_abbreviation(const Token& word, const Token& period) {
  constexpr std::array<std::string_view, 6> kTitles = {"Mr", "Mrs", "Ms", "Dr", "Messrs", "Mt"};
  return word.end == period.begin &&
         std::find(kTitles.begin(), kTitles.end(), word.text) != kTitles.end();
}

bool starts_sentence(std::string_view t) {
  unsigned char c = static_cast<unsigned char>(t[0]);
  return is_upper(c) || is_digit(c) || c == '"' || c >= 0x80;
}

bool newline_between(std::string_view text, const Token& a, const Token& b) {
  return text.substr(a.end, b.begin - a.end).find('\n') != std::string_view::npos;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  return Scanner(text).run();
}

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<Sentence> out;
  std::size_t first = 0;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    bool split = newline_between(text, tokens[i - 1], tokens[i]);
    if (!split && ends_sentence(tokens[i - 1].text) && starts_sentence(tokens[i].text)) {
      split = i < 2 || !is_title_abbreviation(tokens[i - 2], tokens[i - 1]);
    }
    if (split) {
      out.push_back(Sentence{first, i});
      first = i;
    }
  }
  if (first < tokens.size()) {
    out.push_back(Sentence{first, tokens.size()});
  }
  return out;
}

Document make_document(std::string_view text) {
  Document doc{text, tokenize(text), {}};
  doc.sentences = split_sentences(text, doc.tokens);
  return doc;
}

}  // namespace news::ner
