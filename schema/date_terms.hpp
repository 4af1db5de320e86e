// Dates as terms: each dated article carries its year, month and day as terms of the date
// field's prefix, so that a range of days is an OR of a few terms (whole years, whole
// months, the days at its ends) that Xapian intersects by skipping through posting lists,
// instead of a scan of the day value of every candidate (or of every article).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace news::schema {

// A range needing more terms than this (e.g. over a century of whole years) is searched
// by its day values instead.
inline constexpr std::size_t kMaxDateTerms = 64;

// The year, month and day terms of a day key "YYYYMMDD" (as timestamp.hpp's day_key);
// none for text that is not a day key.
std::vector<std::string> date_terms(std::string_view day_key);

// The fewest terms covering the days `first_day` to `last_day` (day keys, inclusive): whole
// years, whole months, then single days. Empty when the first is after the last (no day); nullopt
// when a bound is not a day key or more than kMaxDateTerms terms would be needed.
std::optional<std::vector<std::string>> day_range_terms(std::string_view first_day,
                                                        std::string_view last_day);

}  // namespace news::schema
