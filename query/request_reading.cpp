#include "request_reading.hpp"

#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <sstream>

#include "error.hpp"
#include "fields.hpp"
#include "text_forms.hpp"

namespace news {
namespace {

// Generic English stop words (NLTK's list without its apostrophe forms).
constexpr std::array<std::string_view, 153> kStopWords = {
    "a",         "about",   "above",   "after",      "again", "against", "ain",       "all",
    "am",        "an",      "and",     "any",        "are",   "aren",    "as",        "at",
    "be",        "because", "been",    "before",     "being", "below",   "between",   "both",
    "but",       "by",      "can",     "couldn",     "d",     "did",     "didn",      "do",
    "does",      "doesn",   "doing",   "don",        "down",  "during",  "each",      "few",
    "for",       "from",    "further", "had",        "hadn",  "has",     "hasn",      "have",
    "haven",     "having",  "he",      "her",        "here",  "hers",    "herself",   "him",
    "himself",   "his",     "how",     "i",          "if",    "in",      "into",      "is",
    "isn",       "it",      "its",     "itself",     "just",  "ll",      "m",         "ma",
    "me",        "mightn",  "more",    "most",       "mustn", "my",      "myself",    "needn",
    "no",        "nor",     "not",     "now",        "o",     "of",      "off",       "on",
    "once",      "only",    "or",      "other",      "our",   "ours",    "ourselves", "out",
    "over",      "own",     "re",      "s",          "same",  "shan",    "she",       "should",
    "shouldn",   "so",      "some",    "such",       "t",     "than",    "that",      "the",
    "their",     "theirs",  "them",    "themselves", "then",  "there",   "these",     "they",
    "this",      "those",   "through", "to",         "too",   "under",   "until",     "up",
    "ve",        "very",    "was",     "wasn",       "we",    "were",    "weren",     "what",
    "when",      "where",   "which",   "while",      "who",   "whom",    "why",       "will",
    "with",      "won",     "wouldn",  "y",          "you",   "your",    "yours",     "yourself",
    "yourselves"};

bool is_operator(std::string_view token) {
  return token == "AND" || token == "OR" || token == "NOT" || token == "XOR" || token == "NEAR" ||
         token == "ADJ" || token.starts_with("NEAR/") || token.starts_with("ADJ/");
}

bool has_letter(std::string_view text, bool upper) {
  return std::any_of(text.begin(), text.end(), [upper](char c) {
    return upper ? (c >= 'A' && c <= 'Z') : (c >= 'a' && c <= 'z');
  });
}

// The field name of a `name:value` token, lower case, or "" when it is not one.
std::string field_name_of(std::string_view token) {
  const std::size_t colon = token.find(':');
  if (colon == std::string_view::npos || colon == 0) {
    return {};
  }
  std::string_view name = token.substr(0, colon);
  while (!name.empty() && (name.front() == '+' || name.front() == '-' || name.front() == '(')) {
    name.remove_prefix(1);
  }
  const std::string lower = lower_case(name);
  return schema::find_field(lower) != nullptr ? lower : std::string();
}

// The word inside a token: without +/-, quotes, brackets and trailing punctuation.
std::string bare_word(std::string_view token) {
  const auto edge = [](char c) {
    return c == '"' || c == '(' || c == ')' || c == ',' || c == '.' || c == ';' || c == '!' ||
           c == '?' || c == '\'' || c == ':';
  };
  while (!token.empty() && (edge(token.front()) || token.front() == '+' || token.front() == '-')) {
    token.remove_prefix(1);
  }
  while (!token.empty() && edge(token.back())) {
    token.remove_suffix(1);
  }
  return std::string(token);
}

// Adds one whitespace-separated token to `r`; `typed` is the same token as typed.
void read_token(const std::string& token, const std::string& typed, ReadRequest& r) {
  if (!r.all_caps && is_operator(token)) {
    r.operators = true;
    r.text += token;
    return;
  }
  const std::string field = field_name_of(token);
  if (!field.empty()) {
    std::string value = token.substr(token.find(':') + 1);
    std::erase_if(value, [](char c) { return c == '"' || c == '(' || c == ')'; });
    if (value.empty()) {
      throw Error(ExitCode::kUsage, "\"" + field + ":\" needs a value",
                  "e.g. " + std::string(schema::find_field(field)->example));
    }
    r.fields.push_back(field);
    r.text += token.substr(0, token.find(':') - field.size()) + field +
              lower_case(token.substr(token.find(':')));
    return;
  }
  r.text += lower_case(token);
  const std::string word = bare_word(lower_case(token));
  if (token.starts_with("-") && !word.empty()) {
    r.excluded.push_back(word);
  } else if (!word.empty() && word != "*") {
    r.words.push_back(word);
    r.typed_words.push_back(bare_word(typed));
    if (is_stop_word(word)) {
      r.stop_words.push_back(word);
    }
  }
}

std::vector<std::string> split_spaces(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> tokens;
  for (std::string t; in >> t;) {
    tokens.push_back(t);
  }
  return tokens;
}

}  // namespace

std::string lower_case(std::string_view text) {
  if (std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; })) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    return out;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::string out;
  u.toLower().toUTF8String(out);
  return out;
}

const Xapian::Stopper& english_stopper() {
  static const Xapian::SimpleStopper stopper(kStopWords.begin(), kStopWords.end());
  return stopper;
}

bool is_stop_word(std::string_view word) {
  return std::find(kStopWords.begin(), kStopWords.end(), word) != kStopWords.end();
}

ReadRequest read_request(std::string_view typed) {
  ReadRequest r;
  const std::string formed = schema::index_form(typed);
  const std::vector<std::string> tokens = split_spaces(formed);
  const std::vector<std::string> typed_tokens = split_spaces(std::string(typed));
  std::size_t words_with_letters = 0;
  for (const std::string& t : tokens) {
    words_with_letters += has_letter(t, /*upper=*/true) ? 1 : 0;
  }
  r.all_caps = words_with_letters >= 2 && !has_letter(formed, /*upper=*/false);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    r.text += r.text.empty() ? "" : " ";
    read_token(tokens[i], i < typed_tokens.size() ? typed_tokens[i] : tokens[i], r);
  }
  return r;
}

}  // namespace news
