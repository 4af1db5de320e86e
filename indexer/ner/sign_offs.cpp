#include "sign_offs.hpp"

#include <algorithm>
#include <array>

#include "utf8.hpp"

namespace news::ner {
namespace {

// Agencies that sign their copy with their name.
constexpr std::array<std::string_view, 16> kAgencies = {
    "reuter", "reuters", "ap",  "afp",      "upi",    "dpa",     "kyodo", "xinhua",
    "ansa",   "efe",     "pti", "interfax", "yonhap", "bernama", "tass",  "aap"};

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

void blank(std::string& text, std::size_t b, std::size_t e) {
  std::fill(text.begin() + static_cast<long>(b), text.begin() + static_cast<long>(e), ' ');
}

// `s` without blanks, dashes and brackets around it: "-- Reuters" and "(AP)" give the name.
std::string_view core(std::string_view s) {
  const std::string_view furniture = " \t\r-()[]\xE2\x80\x94\xE2\x80\x93";
  const std::size_t b = s.find_first_not_of(furniture);
  if (b == s.npos) {
    return {};
  }
  return s.substr(b, s.find_last_not_of(furniture) - b + 1);
}

// Whether `s` opens a credit: "Reporting by", "Additional reporting by", "Editing by",
// "Writing by", "Compiled by": at most three words, the last a credit word, then "by".
bool opens_credit(std::string_view s) {
  constexpr std::array<std::string_view, 5> kCreditWords = {"reporting", "editing", "writing",
                                                            "compiling", "compiled"};
  const std::string lower = ascii_lower(s.substr(0, 40));
  const std::size_t by = lower.find(" by ");
  if (by == std::string::npos) {
    return false;
  }
  const std::string_view head = std::string_view(lower).substr(0, by);
  const std::size_t space = head.rfind(' ');
  const std::string_view last = space == head.npos ? head : head.substr(space + 1);
  return std::count(head.begin(), head.end(), ' ') < 3 &&
         std::find(kCreditWords.begin(), kCreditWords.end(), last) != kCreditWords.end();
}

// Where a credit starts in `line` (at its start, or at a "(" opening one), or npos.
std::size_t credit_start(std::string_view line) {
  const std::size_t b = line.find_first_not_of(" \t");
  if (b != line.npos && opens_credit(line.substr(b))) {
    return b;
  }
  for (std::size_t p = line.find('('); p != line.npos; p = line.find('(', p + 1)) {
    if (opens_credit(line.substr(p + 1))) {
      return p;
    }
  }
  return line.npos;
}

bool is_contact(std::string_view line) {
  const std::size_t b = line.find_first_not_of(" \t");
  if (b == line.npos) {
    return false;
  }
  const std::string lower = ascii_lower(line.substr(b, 8));
  return lower.starts_with("((") || lower.starts_with("contact:");
}

// The start of an agency name set apart by two blanks (or a dash) at the end of `line`,
// or npos.
std::size_t trailing_agency(std::string_view line) {
  const std::size_t end = line.find_last_not_of(" \t\r");
  if (end == line.npos) {
    return line.npos;
  }
  const std::size_t word = line.find_last_of(" \t", end);
  if (word == line.npos || word < 2 || !is_agency_name(line.substr(word + 1, end - word))) {
    return line.npos;
  }
  const bool apart = is_blank(line[word - 1]) || line[word - 1] == '-';
  return apart ? word + 1 : line.npos;
}

void blank_line(std::string& text, std::size_t b, std::size_t e, bool last) {
  const std::string_view line = std::string_view(text).substr(b, e - b);
  if (is_agency_name(core(line)) || is_contact(line)) {
    blank(text, b, e);
    return;
  }
  if (const std::size_t credit = credit_start(line); credit != line.npos) {
    const std::size_t close = line.find(')', credit);
    const bool in_brackets = line[credit] == '(' && close != line.npos;
    blank(text, b + credit, in_brackets ? b + close + 1 : e);
  } else if (last) {
    const std::size_t tail = trailing_agency(line);
    if (tail != line.npos) {
      blank(text, b + tail, e);
    }
  }
}

}  // namespace

bool is_agency_name(std::string_view word) {
  const std::string lower = ascii_lower(word);
  return std::find(kAgencies.begin(), kAgencies.end(), lower) != kAgencies.end();
}

void blank_sign_offs(std::string& text) {
  const std::size_t last_text = text.find_last_not_of(" \t\r\n");
  std::size_t b = 0;
  while (b < text.size()) {
    const std::size_t e = std::min(text.find('\n', b), text.size());
    blank_line(text, b, e, last_text != std::string::npos && last_text < e && last_text >= b);
    b = e + 1;
  }
}

}  // namespace news::ner
