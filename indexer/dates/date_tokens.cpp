#include "date_tokens.hpp"
#include "text/ascii.hpp"

#include <array>
#include <cctype>
#include <string>

namespace news::dates {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Length of a non-ASCII letter at text[i] of the kind month names use: Latin letters with
// diacritics (U+00C0..U+024F: "ä", "é", "ç", but not × and ÷) and Cyrillic
// (U+0400..U+04FF); 0 for anything else.
std::size_t letter_length(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  if (i + 1 >= text.size() || (static_cast<unsigned char>(text[i + 1]) & 0xC0) != 0x80) {
    return 0;
  }
  const auto second = static_cast<unsigned char>(text[i + 1]);
  const bool latin =
      lead >= 0xC3 && lead <= 0xC9 && !(lead == 0xC3 && (second == 0x97 || second == 0xB7));
  const bool cyrillic = lead >= 0xD0 && lead <= 0xD3;
  return latin || cyrillic ? 2 : 0;
}

// Month names and abbreviations of other languages, in lower case as written; English
// ones are matched by month_number itself.
struct MonthName {
  std::string_view name;
  int month;
};

// clang-format off
constexpr MonthName kForeignMonths[] = {
    // German
    {"januar", 1}, {"jänner", 1}, {"jän", 1}, {"februar", 2}, {"feber", 2}, {"märz", 3},
    {"mär", 3}, {"mrz", 3}, {"mai", 5}, {"juni", 6}, {"juli", 7}, {"okt", 10},
    {"oktober", 10}, {"dez", 12}, {"dezember", 12},
    // French
    {"janvier", 1}, {"janv", 1}, {"février", 2}, {"févr", 2}, {"fév", 2}, {"mars", 3},
    {"avril", 4}, {"avr", 4}, {"juin", 6}, {"juillet", 7}, {"juil", 7}, {"août", 8},
    {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"décembre", 12}, {"déc", 12},
    // Spanish
    {"enero", 1}, {"ene", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"abr", 4},
    {"mayo", 5}, {"junio", 6}, {"julio", 7}, {"agosto", 8}, {"ago", 8}, {"septiembre", 9},
    {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12}, {"dic", 12},
    // Italian
    {"gennaio", 1}, {"gen", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"mag", 5},
    {"giugno", 6}, {"giu", 6}, {"luglio", 7}, {"lug", 7}, {"settembre", 9}, {"set", 9},
    {"ottobre", 10}, {"ott", 10}, {"dicembre", 12},
    // Portuguese
    {"janeiro", 1}, {"fevereiro", 2}, {"fev", 2}, {"março", 3}, {"maio", 5}, {"junho", 6},
    {"julho", 7}, {"setembro", 9}, {"outubro", 10}, {"novembro", 11}, {"dezembro", 12},
    // Dutch
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mrt", 3}, {"mei", 5}, {"augustus", 8},
    // Russian (genitive, as dates write them)
    {"января", 1}, {"февраля", 2}, {"марта", 3}, {"апреля", 4}, {"мая", 5}, {"июня", 6},
    {"июля", 7}, {"августа", 8}, {"сентября", 9}, {"октября", 10}, {"ноября", 11},
    {"декабря", 12}};
// clang-format on

// Lower case, with the upper-case Latin-1 letters (Ä, É, Ö, ...) folded as well.
std::string fold(std::string_view word) {
  std::string out = ascii_lower(word);
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    const auto second = static_cast<unsigned char>(out[i + 1]);
    if (out[i] == '\xC3' && second >= 0x80 && second <= 0x9E && second != 0x97) {
      out[i + 1] = static_cast<char>(second + 0x20);
    }
  }
  return out;
}

struct Zone {
  std::string_view name;
  int minutes;
};

constexpr std::array kZones = {
    Zone{"z", 0},      Zone{"gmt", 0},    Zone{"utc", 0},    Zone{"ut", 0},     Zone{"est", -300},
    Zone{"edt", -240}, Zone{"cst", -360}, Zone{"cdt", -300}, Zone{"mst", -420}, Zone{"mdt", -360},
    Zone{"pst", -480}, Zone{"pdt", -420}, Zone{"bst", 60},   Zone{"cet", 60},   Zone{"cest", 120},
    Zone{"eet", 120},  Zone{"eest", 180}, Zone{"pkt", 300},  Zone{"jst", 540},  Zone{"aest", 600},
};

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    std::size_t j = i + 1;
    if (is_digit(c)) {
      while (j < text.size() && is_digit(text[j])) {
        ++j;
      }
      const std::string_view digits = text.substr(i, j - i);
      const int value = digits.size() <= 8 ? std::stoi(std::string(digits)) : -1;
      tokens.push_back({TokenKind::kNumber, digits, value});
    } else if (is_alpha(c) || letter_length(text, i) != 0) {
      j = i;
      while (j < text.size()) {
        const std::size_t len = is_alpha(text[j]) ? 1 : letter_length(text, j);
        if (len == 0) {
          break;
        }
        j += len;
      }
      tokens.push_back({TokenKind::kWord, text.substr(i, j - i)});
    } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r' &&
               static_cast<unsigned char>(c) < 0x80) {
      tokens.push_back({TokenKind::kPunct, text.substr(i, 1)});
    }
    i = j;
  }
  return tokens;
}

int month_number(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  const std::string w = fold(word);
  if (w.size() < 3) {
    return 0;
  }
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    if (w == kMonths[m] || w == kMonths[m].substr(0, 3) || (m == 8 && w == "sept")) {
      return int(m) + 1;
    }
  }
  for (const MonthName& foreign : kForeignMonths) {
    if (w == foreign.name) {
      return foreign.month;
    }
  }
  return 0;
}

bool is_weekday(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  const std::string w = ascii_lower(word);
  for (std::string_view d : kDays) {
    if (w == d || (w.size() >= 3 && d.starts_with(w) && w.size() <= 4)) {
      return true;
    }
  }
  return false;
}

bool zone_offset(std::string_view word, int& minutes) {
  const std::string w = ascii_lower(word);
  for (const Zone& z : kZones) {
    if (w == z.name) {
      minutes = z.minutes;
      return true;
    }
  }
  return false;
}

}  // namespace news::dates
