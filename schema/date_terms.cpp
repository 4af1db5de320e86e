#include "date_terms.hpp"

#include <chrono>
#include <cstdio>

#include "fields.hpp"

namespace news::schema {
namespace {

using namespace std::chrono;

std::optional<year_month_day> parse_day_key(std::string_view key) {
  if (key.size() != 8 || key.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  const auto number = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      v = v * 10 + (key[i] - '0');
    }
    return v;
  };
  const year_month_day day{year{number(0, 4)}, month{unsigned(number(4, 2))},
                           std::chrono::day{unsigned(number(6, 2))}};
  return day.ok() ? std::optional(day) : std::nullopt;
}

// The term of a year (digits 4), month (6) or day (8) of `day`.
std::string term(const year_month_day& day, std::size_t digits) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d%02u%02u", int(day.year()), unsigned(day.month()),
                unsigned(day.day()));
  return std::string(field(FieldId::kDate).prefix) + std::string(text, digits);
}

}  // namespace

std::vector<std::string> date_terms(std::string_view day_key) {
  const auto day = parse_day_key(day_key);
  if (!day) {
    return {};
  }
  return {term(*day, 4), term(*day, 6), term(*day, 8)};
}

std::optional<std::vector<std::string>> day_range_terms(std::string_view first_day,
                                                        std::string_view last_day) {
  const auto from = parse_day_key(first_day);
  const auto to = parse_day_key(last_day);
  if (!from || !to) {
    return std::nullopt;
  }
  std::vector<std::string> terms;
  const sys_days end{*to};
  for (sys_days at{*from}; at <= end;) {
    if (terms.size() == kMaxDateTerms) {
      return std::nullopt;
    }
    const year_month_day day{at};
    const sys_days month_end{day.year() / day.month() / last};
    const sys_days year_end{day.year() / December / 31};
    if (day.day() == std::chrono::day{1} && day.month() == January && year_end <= end) {
      terms.push_back(term(day, 4));
      at = year_end + days{1};
    } else if (day.day() == std::chrono::day{1} && month_end <= end) {
      terms.push_back(term(day, 6));
      at = month_end + days{1};
    } else {
      terms.push_back(term(day, 8));
      at += days{1};
    }
  }
  return terms;
}

}  // namespace news::schema
