// Timelines: matches per day, ISO week, month or year, from the counts per day.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include "search_request.hpp"

namespace news {

// A timeline lists every period from the first to the last dated match, empty ones
// included, unless that is more than this many; then only the periods with matches.
inline constexpr std::size_t kMaxTimelinePeriods = 5000;

// The period a day value ("20251029") falls in: "2025-10-29", "2025-W44" (ISO 8601 week,
// whose year can differ from the day's near New Year), "2025-10" or "2025"; "" when the
// value is not a valid day. Labels of one kind sort in time order.
std::string period_of_day(std::string_view day_value, TimelinePeriod period);

// The label of the period after `label` (as period_of_day writes it), or "" for a label
// that is not one.
std::string next_period(const std::string& label, TimelinePeriod period);

// The timeline of counts per day value plus `undated` matches.
Timeline make_timeline(const std::map<std::string, std::size_t>& days, std::size_t undated,
                       TimelinePeriod period);

}  // namespace news
