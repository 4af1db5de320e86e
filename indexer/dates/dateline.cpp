#include "dateline.hpp"

#include <chrono>
#include <string>

#include "date_tokens.hpp"

namespace news {
namespace {

using dates::Token;
using dates::TokenKind;

// Datelines open a story; only its first bytes are looked at.
constexpr std::size_t kDatelineBytes = 80;

bool is_capitals(std::string_view word) {
  if (word.size() < 2) {
    return false;
  }
  for (char c : word) {
    if (!(c >= 'A' && c <= 'Z')) {
      return false;
    }
  }
  return true;
}

bool is_place_token(const Token& t) {
  return (t.kind == TokenKind::kWord && (is_capitals(t.text) || t.text.size() == 1)) ||
         (t.kind == TokenKind::kPunct && t.text == ".");
}

// Index of the token after "PLACE," (from `start`), or 0 when there is none there.
// Abbreviations such as "D.C." are allowed inside the place.
std::size_t after_place_from(const std::vector<Token>& t, std::size_t start) {
  std::size_t i = start;
  while (i < t.size() && is_place_token(t[i])) {
    ++i;
  }
  if (i == start || i >= t.size() || t[i].text != ",") {
    return 0;
  }
  return i + 1;
}

// Index of the token after "PLACE[, STATE],", or 0 when the line has no such opening.
std::size_t after_place(const std::vector<Token>& t) {
  const std::size_t first = after_place_from(t, 0);
  if (first == 0) {
    return 0;
  }
  const bool month_next = first < t.size() && t[first].kind == TokenKind::kWord &&
                          dates::month_number(t[first].text) != 0;
  const std::size_t second = month_next ? 0 : after_place_from(t, first);
  return second != 0 ? second : first;
}

}  // namespace

std::optional<MonthDay> dateline_month_day(std::string_view line) {
  const std::vector<Token> t = dates::tokenize(line.substr(0, kDatelineBytes));
  std::size_t i = after_place(t);
  if (i == 0 || i + 1 >= t.size() || t[i].kind != TokenKind::kWord) {
    return std::nullopt;
  }
  MonthDay md;
  md.month = dates::month_number(t[i].text);
  i += (i + 1 < t.size() && t[i + 1].text == ".") ? 2 : 1;
  if (md.month == 0 || i >= t.size() || t[i].kind != TokenKind::kNumber || t[i].text.size() > 2) {
    return std::nullopt;
  }
  md.day = t[i].number;
  const bool year_follows = i + 2 < t.size() && t[i + 1].text == "," &&
                            t[i + 2].kind == TokenKind::kNumber && t[i + 2].text.size() == 4;
  if (md.day < 1 || md.day > 31 || year_follows) {
    return std::nullopt;  // a full date is find_date's business
  }
  return md;
}

std::optional<Timestamp> latest_on_or_before(MonthDay day, const Timestamp& evidence) {
  using namespace std::chrono;
  const year_month_day seen{floor<days>(evidence.utc)};
  int year = int(seen.year());
  const bool later_in_year =
      unsigned(seen.month()) < unsigned(day.month) ||
      (unsigned(seen.month()) == unsigned(day.month) && unsigned(seen.day()) < unsigned(day.day));
  if (later_in_year) {
    --year;
  }
  return make_timestamp(year, unsigned(day.month), unsigned(day.day));
}

int year_in_path(std::string_view path) {
  std::size_t start = 0;
  while (start < path.size()) {
    std::size_t end = path.find('/', start);
    if (end == path.npos) {
      break;  // the file name itself is not a folder
    }
    const std::string_view part = path.substr(start, end - start);
    if (part.size() == 4 && part.find_first_not_of("0123456789") == part.npos) {
      const int year = std::stoi(std::string(part));
      if (year >= 1900 && year <= 2099) {
        return year;
      }
    }
    start = end + 1;
  }
  return 0;
}

}  // namespace news
