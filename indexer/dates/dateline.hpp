// Wire-service datelines that give a day but no year: "ISLAMABAD, Oct 29 (Reuters) -".
#pragma once

#include <optional>
#include <string_view>

#include "timestamp.hpp"

namespace news {

struct MonthDay {
  int month = 0;
  int day = 0;
};

// The month and day of a dateline at the start of `line`: a place in capitals, a comma,
// a month and a day, then no year. nullopt for anything else ("October 25" in prose).
std::optional<MonthDay> dateline_month_day(std::string_view line);

// The latest date with this month and day on or before `evidence` (a crawl date, say):
// a story is dated before it was collected.
std::optional<Timestamp> latest_on_or_before(MonthDay day, const Timestamp& evidence);

// The year a folder in `path` names ("archive/1987/feb/story.txt" -> 1987), or 0.
int year_in_path(std::string_view path);

}  // namespace news
