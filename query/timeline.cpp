#include "timeline.hpp"

#include <date/date.h>
#include <date/iso_week.h>

#include <cstdio>
#include <optional>

namespace news {
namespace {

std::optional<date::sys_days> parse_day(std::string_view v) {
  if (v.size() != 8 || v.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  const int y = std::stoi(std::string(v.substr(0, 4)));
  const unsigned m = unsigned(std::stoi(std::string(v.substr(4, 2))));
  const unsigned d = unsigned(std::stoi(std::string(v.substr(6, 2))));
  const date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
  if (!ymd.ok()) {
    return std::nullopt;
  }
  return date::sys_days{ymd};
}

std::string label_of(date::sys_days day, TimelinePeriod period) {
  const date::year_month_day ymd{day};
  const int y = int(ymd.year());
  const unsigned m = unsigned(ymd.month());
  char out[32];
  switch (period) {
    case TimelinePeriod::kDay:
      std::snprintf(out, sizeof out, "%04d-%02u-%02u", y, m, unsigned(ymd.day()));
      break;
    case TimelinePeriod::kWeek: {
      const iso_week::year_weeknum_weekday iso{day};
      std::snprintf(out, sizeof out, "%04d-W%02u", int(iso.year()), unsigned(iso.weeknum()));
      break;
    }
    case TimelinePeriod::kMonth:
      std::snprintf(out, sizeof out, "%04d-%02u", y, m);
      break;
    case TimelinePeriod::kYear:
      std::snprintf(out, sizeof out, "%04d", y);
      break;
    case TimelinePeriod::kNone:
      return "";
  }
  return out;
}

// The first day of the period a label names.
std::optional<date::sys_days> start_of(const std::string& label, TimelinePeriod period) {
  int y = 0;
  unsigned n = 0, d = 0;
  switch (period) {
    case TimelinePeriod::kDay:
      return std::sscanf(label.c_str(), "%4d-%2u-%2u", &y, &n, &d) == 3
                 ? parse_day(label.substr(0, 4) + label.substr(5, 2) + label.substr(8, 2))
                 : std::nullopt;
    case TimelinePeriod::kWeek: {
      if (std::sscanf(label.c_str(), "%4d-W%2u", &y, &n) != 2 || n < 1 || n > 53) {
        return std::nullopt;
      }
      const iso_week::year_weeknum_weekday w{iso_week::year{y}, iso_week::weeknum{n},
                                             iso_week::mon};
      return w.ok() ? std::optional(date::sys_days{w}) : std::nullopt;
    }
    case TimelinePeriod::kMonth:
      if (std::sscanf(label.c_str(), "%4d-%2u", &y, &n) != 2 || n < 1 || n > 12) {
        return std::nullopt;
      }
      return date::sys_days{date::year{y} / date::month{n} / 1};
    case TimelinePeriod::kYear:
      if (std::sscanf(label.c_str(), "%4d", &y) != 1) {
        return std::nullopt;
      }
      return date::sys_days{date::year{y} / 1 / 1};
    case TimelinePeriod::kNone:
      break;
  }
  return std::nullopt;
}

}  // namespace

std::string period_of_day(std::string_view day_value, TimelinePeriod period) {
  const auto day = parse_day(day_value);
  return day ? label_of(*day, period) : "";
}

std::string next_period(const std::string& label, TimelinePeriod period) {
  const auto start = start_of(label, period);
  if (!start) {
    return "";
  }
  const date::year_month_day ymd{*start};
  switch (period) {
    case TimelinePeriod::kDay:
      return label_of(*start + date::days{1}, period);
    case TimelinePeriod::kWeek:
      return label_of(*start + date::days{7}, period);
    case TimelinePeriod::kMonth:
      return label_of(date::sys_days{ymd + date::months{1}}, period);
    case TimelinePeriod::kYear:
      return label_of(date::sys_days{ymd + date::years{1}}, period);
    case TimelinePeriod::kNone:
      break;
  }
  return "";
}

Timeline make_timeline(const std::map<std::string, std::size_t>& days, std::size_t undated,
                       TimelinePeriod period) {
  Timeline t;
  t.period = std::string(timeline_period_name(period));
  t.undated = undated;
  std::map<std::string, std::size_t> counts;
  for (const auto& [day, count] : days) {
    const std::string label = period_of_day(day, period);
    if (label.empty()) {
      t.undated += count;
    } else {
      counts[label] += count;
    }
  }
  if (counts.empty()) {
    return t;
  }
  const std::string& last = counts.rbegin()->first;
  std::size_t steps = 0;
  for (std::string p = counts.begin()->first;
       !p.empty() && p <= last && steps <= kMaxTimelinePeriods; p = next_period(p, period)) {
    ++steps;
  }
  if (steps > kMaxTimelinePeriods) {
    for (const auto& [label, count] : counts) {
      t.periods.push_back({label, count});
    }
    return t;
  }
  for (std::string p = counts.begin()->first; !p.empty() && p <= last; p = next_period(p, period)) {
    const auto it = counts.find(p);
    t.periods.push_back({p, it == counts.end() ? 0 : it->second});
  }
  return t;
}

}  // namespace news
