// Splits text into the tokens date patterns are matched against.
#pragma once

#include <string_view>
#include <vector>

namespace news::dates {

enum class TokenKind { kNumber, kWord, kPunct };

struct Token {
  TokenKind kind;
  std::string_view text;
  int number = 0;  // value of a kNumber token
};

// Numbers (digits), words (ASCII letters) and single punctuation characters; spaces
// separate tokens and are dropped. Words may hold accented Latin and Cyrillic letters
// ("März", "décembre", "октября"); other non-ASCII bytes end a token and are dropped.
std::vector<Token> tokenize(std::string_view text);

// 1..12 for an English month name or abbreviation ("Oct", "Sept", "october"), or a
// German, French, Spanish, Italian, Portuguese, Dutch or Russian one ("März", "févr",
// "outubro", "mei", "октября"); else 0.
int month_number(std::string_view word);

// True for English weekday names and abbreviations.
bool is_weekday(std::string_view word);

// Offset from UTC in minutes of a zone abbreviation ("GMT", "EST", "Z"), or nullopt.
bool zone_offset(std::string_view word, int& minutes);

}  // namespace news::dates
