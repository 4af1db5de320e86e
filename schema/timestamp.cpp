#include "timestamp.hpp"

#include <cstdio>

namespace news {

using namespace std::chrono;

std::optional<Timestamp> make_timestamp(int year, unsigned month, unsigned day) {
  auto ts = make_timestamp(year, month, day, 0, 0, 0, 0);
  if (ts) {
    ts->has_time = false;
  }
  return ts;
}

std::optional<Timestamp> make_timestamp(int year, unsigned month, unsigned day, int hour,
                                        int minute, int second, int utc_offset_minutes) {
  if (year < 1000 || year > 9999) {
    return std::nullopt;
  }
  const year_month_day ymd{std::chrono::year{year}, std::chrono::month{month},
                           std::chrono::day{day}};
  if (!ymd.ok() || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 ||
      second > 60) {
    return std::nullopt;
  }
  const sys_seconds local = sys_days{ymd} + hours{hour} + minutes{minute} + seconds{second};
  return Timestamp{local - minutes{utc_offset_minutes}, true};
}

std::string to_iso8601(const Timestamp& ts) {
  const auto day = floor<days>(ts.utc);
  const year_month_day ymd{day};
  const hh_mm_ss hms{ts.utc - day};
  char buf[64];
  if (ts.has_time) {
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", int(ymd.year()),
                  unsigned(ymd.month()), unsigned(ymd.day()), int(hms.hours().count()),
                  int(hms.minutes().count()), int(hms.seconds().count()));
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()));
  }
  return buf;
}

std::string day_key(const Timestamp& ts) {
  const year_month_day ymd{floor<days>(ts.utc)};
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d%02u%02u", int(ymd.year()), unsigned(ymd.month()),
                unsigned(ymd.day()));
  return buf;
}

std::optional<Timestamp> parse_iso8601_stored(std::string_view text) {
  int y = 0, h = 0, mi = 0, s = 0;
  unsigned mo = 0, d = 0;
  const std::string str(text);
  if (str.size() == 20 &&
      std::sscanf(str.c_str(), "%4d-%2u-%2uT%2d:%2d:%2dZ", &y, &mo, &d, &h, &mi, &s) == 6) {
    return make_timestamp(y, mo, d, h, mi, s, 0);
  }
  if (str.size() == 10 && std::sscanf(str.c_str(), "%4d-%2u-%2u", &y, &mo, &d) == 3) {
    return make_timestamp(y, mo, d);
  }
  return std::nullopt;
}

}  // namespace news
