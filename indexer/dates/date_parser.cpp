#include "date_parser.hpp"

#include <cctype>
#include <string>
#include <vector>

#include "date_tokens.hpp"

namespace news {
namespace {

using dates::Token;
using dates::TokenKind;

constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2199;

struct CivilDate {
  int year = 0, month = 0, day = 0;
};

struct ClockTime {
  int hour = 0, minute = 0, second = 0;
  int offset_minutes = 0;
};

// A read position over the tokens; every match function advances it only on success.
class Cursor {
 public:
  Cursor(const std::vector<Token>& tokens, std::size_t pos) : m_tokens(&tokens), m_pos(pos) {}

  std::size_t pos() const { return m_pos; }
  bool at_end() const { return m_pos >= m_tokens->size(); }

  bool punct(char c) {
    if (!at_end() && kind() == TokenKind::kPunct && (*m_tokens)[m_pos].text[0] == c) {
      ++m_pos;
      return true;
    }
    return false;
  }
  bool number(std::size_t min_digits, std::size_t max_digits, int& value) {
    if (at_end() || kind() != TokenKind::kNumber) {
      return false;
    }
    const std::size_t digits = (*m_tokens)[m_pos].text.size();
    if (digits < min_digits || digits > max_digits) {
      return false;
    }
    value = (*m_tokens)[m_pos++].number;
    return true;
  }
  bool word(std::string_view& text) {
    if (at_end() || kind() != TokenKind::kWord) {
      return false;
    }
    text = (*m_tokens)[m_pos++].text;
    return true;
  }
  bool word_is(std::string_view lower_word) {
    std::string_view w;
    const std::size_t saved = m_pos;
    if (word(w) && w.size() == lower_word.size()) {
      bool same = true;
      for (std::size_t i = 0; i < w.size(); ++i) {
        same = same && std::tolower(static_cast<unsigned char>(w[i])) == lower_word[i];
      }
      if (same) {
        return true;
      }
    }
    m_pos = saved;
    return false;
  }
  bool month(int& value) {
    std::string_view w;
    const std::size_t saved = m_pos;
    if (word(w) && (value = dates::month_number(w)) != 0) {
      punct('.');
      return true;
    }
    m_pos = saved;
    return false;
  }
  void skip_ordinal_suffix() {
    if (!(word_is("st") || word_is("nd") || word_is("rd") || word_is("th"))) {
      return;
    }
  }
  void skip_weekday() {
    std::string_view w;
    const std::size_t saved = m_pos;
    if (word(w) && dates::is_weekday(w)) {
      punct('.');
      punct(',');
      return;
    }
    m_pos = saved;
  }

 private:
  TokenKind kind() const { return (*m_tokens)[m_pos].kind; }

  const std::vector<Token>* m_tokens;  // a pointer, so cursors can be copied and assigned
  std::size_t m_pos;
};

bool plausible(const CivilDate& d) {
  return d.year >= kMinYear && d.year <= kMaxYear && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= 31;
}

// 2025-10-29, 2025/10/29, 2025.10.29
bool match_year_first(Cursor& c, CivilDate& d) {
  Cursor t = c;
  for (char sep : {'-', '/', '.'}) {
    t = c;
    if (t.number(4, 4, d.year) && t.punct(sep) && t.number(1, 2, d.month) && t.punct(sep) &&
        t.number(1, 2, d.day)) {
      c = t;
      return true;
    }
  }
  return false;
}

// October 29, 2025 · Oct. 29 2025 · October 29th, 2025
bool match_month_first(Cursor& c, CivilDate& d) {
  Cursor t = c;
  t.skip_weekday();
  if (!(t.month(d.month) && t.number(1, 2, d.day))) {
    return false;
  }
  t.skip_ordinal_suffix();
  t.punct(',');
  if (!t.number(4, 4, d.year)) {
    return false;
  }
  c = t;
  return true;
}

// 29 October 2025 · 29 Oct. 2025 · 29th of October, 2025 · Wed, 29 Oct 2025
// and in other languages: 29. Oktober 2025 · 29 de octubre de 2025 · 29 octobre 2025
bool match_day_first(Cursor& c, CivilDate& d) {
  Cursor t = c;
  t.skip_weekday();
  if (!t.number(1, 2, d.day)) {
    return false;
  }
  t.skip_ordinal_suffix();
  if (!t.word_is("of") && !t.word_is("de")) {
    t.punct('.');  // German "29. Oktober 2025"
  }
  if (!t.month(d.month)) {
    return false;
  }
  t.punct(',');
  t.word_is("de");  // Spanish and Portuguese "29 de octubre de 2025"
  if (!t.number(4, 4, d.year)) {
    return false;
  }
  c = t;
  return true;
}

// 10/29/2025 (month first) or 29/10/2025 (day first) only when the numbers decide it;
// 29.10.2025 is day first, as written in most of Europe.
bool match_numeric(Cursor& c, CivilDate& d) {
  Cursor t = c;
  int a = 0, b = 0;
  if (t.number(1, 2, a) && t.punct('.') && t.number(1, 2, b) && t.punct('.') &&
      t.number(4, 4, d.year)) {
    d.day = a;
    d.month = b;
    c = t;
    return true;
  }
  t = c;
  if (!(t.number(1, 2, a) && t.punct('/') && t.number(1, 2, b) && t.punct('/') &&
        t.number(4, 4, d.year))) {
    return false;
  }
  if (a > 12 && b <= 12) {
    d.day = a, d.month = b;
  } else if (b > 12 && a <= 12) {
    d.month = a, d.day = b;
  } else if (a == b) {
    d.month = d.day = a;
  } else {
    return false;  // 03/04/2025: March 4 or 3 April? Never guess.
  }
  c = t;
  return true;
}

bool match_date(Cursor& c, CivilDate& d) {
  return match_year_first(c, d) || match_month_first(c, d) || match_day_first(c, d) ||
         match_numeric(c, d);
}

bool match_zone(Cursor& c, int& offset) {
  Cursor t = c;
  std::string_view w;
  if (t.word(w) && dates::zone_offset(w, offset)) {
    c = t;
    return true;
  }
  t = c;
  const bool plus = t.punct('+');
  if (!plus && !t.punct('-')) {
    return false;
  }
  int hh = 0, mm = 0;
  if (t.number(4, 4, hh)) {
    mm = hh % 100, hh /= 100;
  } else if (!(t.number(1, 2, hh) && (!t.punct(':') || t.number(2, 2, mm)))) {
    return false;
  }
  if (hh > 14 || mm > 59) {
    return false;
  }
  offset = (plus ? 1 : -1) * (hh * 60 + mm);
  c = t;
  return true;
}

void skip_fraction(Cursor& c) {
  Cursor t = c;
  int ignored = 0;
  if (t.punct('.') && t.number(1, 9, ignored)) {
    c = t;
  }
}

bool match_am_pm(Cursor& c, int& hour) {
  const bool pm = c.word_is("pm") || (c.word_is("p") && c.punct('.') && c.word_is("m"));
  const bool am = !pm && (c.word_is("am") || (c.word_is("a") && c.punct('.') && c.word_is("m")));
  if (!am && !pm) {
    return hour <= 23;
  }
  c.punct('.');
  if (hour < 1 || hour > 12) {
    return false;
  }
  hour = (hour % 12) + (pm ? 12 : 0);
  return true;
}

// 10:00 · 10:00:00.123Z · T10:00+05:00 · 10:00 AM EST · at 9:30 p.m.
bool match_time(Cursor& c, ClockTime& time) {
  Cursor t = c;
  if (!t.word_is("t")) {
    t.punct(',');
    t.word_is("at");
  }
  if (!(t.number(1, 2, time.hour) && t.punct(':') && t.number(2, 2, time.minute))) {
    return false;
  }
  Cursor s = t;
  if (s.punct(':') && s.number(2, 2, time.second)) {
    t = s;
    skip_fraction(t);
  }
  if (!match_am_pm(t, time.hour)) {
    return false;
  }
  match_zone(t, time.offset_minutes);
  c = t;
  return true;
}

std::optional<Timestamp> build(const CivilDate& d, const std::optional<ClockTime>& time) {
  if (!plausible(d)) {
    return std::nullopt;
  }
  if (!time) {
    return make_timestamp(d.year, unsigned(d.month), unsigned(d.day));
  }
  return make_timestamp(d.year, unsigned(d.month), unsigned(d.day), time->hour, time->minute,
                        time->second, time->offset_minutes);
}

// A date (and time) starting at token `pos`; `end` receives the position after it.
std::optional<Timestamp> match_at(const std::vector<Token>& tokens, std::size_t pos,
                                  std::size_t& end) {
  Cursor c(tokens, pos);
  CivilDate d;
  if (!match_date(c, d)) {
    return std::nullopt;
  }
  ClockTime time;
  const bool has_time = match_time(c, time);
  end = c.pos();
  return build(d, has_time ? std::optional(time) : std::nullopt);
}

}  // namespace

std::optional<Timestamp> parse_date(std::string_view text) {
  const std::vector<Token> tokens = dates::tokenize(text);
  std::size_t end = 0;
  const auto ts = match_at(tokens, 0, end);
  for (std::size_t i = end; ts && i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kPunct) {
      return std::nullopt;  // more than a date: "2025-10-29 draft 3"
    }
  }
  return ts;
}

std::optional<Timestamp> find_date(std::string_view text) {
  const std::vector<Token> tokens = dates::tokenize(text);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::size_t end = 0;
    if (auto ts = match_at(tokens, i, end)) {
      return ts;
    }
  }
  return std::nullopt;
}

std::optional<FoundDate> find_date_at(std::string_view text) {
  const std::vector<Token> tokens = dates::tokenize(text);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::size_t end = 0;
    if (auto ts = match_at(tokens, i, end)) {
      const std::string_view last = tokens[end - 1].text;
      return FoundDate{*ts, static_cast<std::size_t>(tokens[i].text.data() - text.data()),
                       static_cast<std::size_t>(last.data() + last.size() - text.data())};
    }
  }
  return std::nullopt;
}

std::optional<Timestamp> find_written_day(std::string_view text) {
  const std::vector<Token> tokens = dates::tokenize(text);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    Cursor c(tokens, i);
    CivilDate d;
    if (match_date(c, d) && plausible(d)) {
      return build(d, std::nullopt);
    }
  }
  return std::nullopt;
}

}  // namespace news
