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

bool starts_capital(std::string_view word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

bool is_month_word(const Token& t) {
  return t.kind == TokenKind::kWord && dates::month_number(t.text) != 0;
}

// A month and a day start at token `i` ("Feb 26", "Feb. 26"): the end of the place.
// A month name alone may be part of it ("RIO DE JANEIRO").
bool date_starts_at(const std::vector<Token>& t, std::size_t i) {
  if (i >= t.size() || !is_month_word(t[i])) {
    return false;
  }
  const std::size_t day = i + 1 < t.size() && t[i + 1].text == "." ? i + 2 : i + 1;
  return day < t.size() && t[day].kind == TokenKind::kNumber;
}

// A word of a place: capitalised ("PORTLAND", "Ore", "British", "N"), or the periods,
// hyphens, slashes and apostrophes of "N.J.", "WINSTON-SALEM", "DALLAS/FORT WORTH",
// "COEUR D'ALENE".
bool is_place_token(const std::vector<Token>& t, std::size_t i) {
  if (t[i].kind == TokenKind::kWord) {
    return starts_capital(t[i].text) && !date_starts_at(t, i);
  }
  return t[i].kind == TokenKind::kPunct &&
         (t[i].text == "." || t[i].text == "-" || t[i].text == "/" || t[i].text == "'");
}

struct Place {
  std::size_t next = 0;      // the token after the place and its comma
  bool in_capitals = false;  // written in capitals, as datelines are
};

// "PLACE," from `start`: at most `max_tokens` place tokens, then a comma (optional when
// `comma_optional` and a month follows: "RICHMOND, Va. Feb 26").
std::optional<Place> place_from(const std::vector<Token>& t, std::size_t start,
                                std::size_t max_tokens, bool comma_optional) {
  Place place{start, true};
  std::size_t i = start;
  while (i < t.size() && i - start < max_tokens && is_place_token(t, i)) {
    place.in_capitals = place.in_capitals && (t[i].kind != TokenKind::kWord ||
                                              is_capitals(t[i].text) || t[i].text.size() == 1);
    ++i;
  }
  if (i == start || i >= t.size()) {
    return std::nullopt;
  }
  if (t[i].text == ",") {
    place.next = i + 1;
  } else if (comma_optional && date_starts_at(t, i)) {
    place.next = i;
  } else {
    return std::nullopt;
  }
  return place;
}

// "CITY[, REGION]," opening a line: the city, then perhaps a state, province or
// country as usually written ("PORTLAND, Ore.,", "Calgary, Alberta,").
std::optional<Place> dateline_place(const std::vector<Token>& t) {
  constexpr std::size_t kCityTokens = 12;
  constexpr std::size_t kRegionTokens = 6;
  auto city = place_from(t, 0, kCityTokens, false);
  if (!city) {
    return std::nullopt;
  }
  if (!date_starts_at(t, city->next)) {
    if (auto region = place_from(t, city->next, kRegionTokens, true)) {
      city->next = region->next;
    }
  }
  return city;
}

// Month and day from token `i` ("Feb 26", "Feb. 26", "26 Feb"); `i` moves past them.
std::optional<MonthDay> month_and_day(const std::vector<Token>& t, std::size_t& i) {
  auto day_at = [&](std::size_t k) {
    return k < t.size() && t[k].kind == TokenKind::kNumber && t[k].text.size() <= 2;
  };
  MonthDay md;
  if (i < t.size() && is_month_word(t[i])) {
    md.month = dates::month_number(t[i].text);
    i += (i + 1 < t.size() && t[i + 1].text == ".") ? 2 : 1;
    if (!day_at(i)) {
      return std::nullopt;
    }
    md.day = t[i++].number;
  } else if (day_at(i) && i + 1 < t.size() && is_month_word(t[i + 1])) {
    md.day = t[i].number;
    md.month = dates::month_number(t[i + 1].text);
    i += (i + 2 < t.size() && t[i + 2].text == ".") ? 3 : 2;
  } else {
    return std::nullopt;
  }
  if (md.day < 1 || md.day > 31) {
    return std::nullopt;
  }
  return md;
}

// Whether a dash follows, perhaps after the agency: " - ", " (Reuters) - ".
bool dash_follows(const std::vector<Token>& t, std::size_t i) {
  if (i < t.size() && t[i].text == "(") {
    while (i < t.size() && t[i].text != ")") {
      ++i;
    }
    ++i;
  }
  return i < t.size() && t[i].text == "-";
}

}  // namespace

std::optional<MonthDay> dateline_month_day(std::string_view line) {
  const std::vector<Token> t = dates::tokenize(line.substr(0, kDatelineBytes));
  const auto place = dateline_place(t);
  if (!place) {
    return std::nullopt;
  }
  std::size_t i = place->next;
  const auto md = month_and_day(t, i);
  if (!md) {
    return std::nullopt;
  }
  const bool year_follows = i + 1 < t.size() && t[i].text == "," &&
                            t[i + 1].kind == TokenKind::kNumber && t[i + 1].text.size() == 4;
  if (year_follows) {
    return std::nullopt;  // a full date is find_date's business
  }
  // A place in capitals marks a dateline; one written as in prose needs the dash too.
  if (!place->in_capitals && !dash_follows(t, i)) {
    return std::nullopt;
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
