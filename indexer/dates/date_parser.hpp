// The one date parser every reader uses: the common news forms in English, and written
// dates in German, French, Spanish, Italian, Portuguese, Dutch and Russian.
//
//   ISO 8601      2025-10-29, 2025-10-29T10:00:00Z, 2025-10-29 10:00+05:00, 2025/10/29
//   RFC 2822      Wed, 29 Oct 2025 10:00:00 +0000 (also GMT, UTC, EST, PDT, ...)
//   written       October 29, 2025 · Oct. 29 2025 · 29 October 2025 · 29th Oct 2025
//   numeric       10/29/2025 or 29/10/2025 only when unambiguous; 29.10.2025 (day first)
//   other languages  29. Oktober 2025 · 29 octobre 2025 · 29 de octubre de 2025 ·
//                 29 ottobre 2025 · 29 de outubro de 2025 · 29 oktober 2025 · 29 октября 2025
//
// A time of day after the date is read too; a date without a zone is taken as UTC.
// Dates without a year ("October 25") and relative words ("Wednesday") are never dates.
#pragma once

#include <optional>
#include <string_view>

#include "timestamp.hpp"

namespace news {

// The whole of `text` (surrounding spaces aside) is a date, perhaps with a time.
std::optional<Timestamp> parse_date(std::string_view text);

// The first date found anywhere in `text` (e.g. a line "By Jane Doe | October 29, 2025").
std::optional<Timestamp> find_date(std::string_view text);

// The first date in `text` and where it is written: bytes [begin, end) of `text`.
struct FoundDate {
  Timestamp when;
  std::size_t begin = 0;
  std::size_t end = 0;
};
std::optional<FoundDate> find_date_at(std::string_view text);

// The calendar day of the first date in `text`, as written there: a time and zone after
// it are ignored, so "2025-10-29T23:30:00-05:00" is October 29 (the publisher's day), not
// the UTC day. The result has no time of day.
std::optional<Timestamp> find_written_day(std::string_view text);

}  // namespace news
