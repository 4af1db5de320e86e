#include "date_tokens.hpp"

#include <array>
#include <cctype>
#include <string>

namespace news::dates {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    c = char(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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
    } else if (is_alpha(c)) {
      while (j < text.size() && is_alpha(text[j])) {
        ++j;
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
  const std::string w = lower(word);
  if (w.size() < 3) {
    return 0;
  }
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    if (w == kMonths[m] || w == kMonths[m].substr(0, 3) || (m == 8 && w == "sept")) {
      return int(m) + 1;
    }
  }
  return 0;
}

bool is_weekday(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  const std::string w = lower(word);
  for (std::string_view d : kDays) {
    if (w == d || (w.size() >= 3 && d.starts_with(w) && w.size() <= 4)) {
      return true;
    }
  }
  return false;
}

bool zone_offset(std::string_view word, int& minutes) {
  const std::string w = lower(word);
  for (const Zone& z : kZones) {
    if (w == z.name) {
      minutes = z.minutes;
      return true;
    }
  }
  return false;
}

}  // namespace news::dates
