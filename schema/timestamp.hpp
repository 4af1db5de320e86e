// A publication instant in UTC, with or without a known time of day.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace news {

struct Timestamp {
  std::chrono::sys_seconds utc{};
  bool has_time = false;  // false: only the calendar day is known (stored as 00:00 UTC)

  bool operator==(const Timestamp&) const = default;
};

// Builds a timestamp from a civil date (and time) in UTC; nullopt when the date does not
// exist (e.g. 2025-02-30) or the year is outside 1000..9999.
std::optional<Timestamp> make_timestamp(int year, unsigned month, unsigned day);
std::optional<Timestamp> make_timestamp(int year, unsigned month, unsigned day, int hour,
                                        int minute, int second, int utc_offset_minutes);

// "2025-10-29" for a date, "2025-10-29T10:00:00Z" when the time is known.
std::string to_iso8601(const Timestamp& ts);

// "20251029": the day key stored in the date value slot and used by date ranges.
std::string day_key(const Timestamp& ts);

// Parses what to_iso8601 prints (used to read stored documents back).
std::optional<Timestamp> parse_iso8601_stored(std::string_view text);

}  // namespace news
