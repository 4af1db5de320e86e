#include "date_resolution.hpp"

#include "date_parser.hpp"
#include "dates/file_name_date.hpp"

namespace news {
namespace {

// Dates are looked for in this many opening lines of the body ...
constexpr std::size_t kOpeningLines = 6;
// ... in the whole of short lines (datelines, "By X | date"), and in the start of long
// ones ("WASHINGTON, Oct. 29, 2025 (AP) — ..."), where a date is the story's own.
constexpr std::size_t kShortLine = 120;
constexpr std::size_t kLongLineHead = 60;

std::optional<Timestamp> date_in_opening_lines(std::string_view body) {
  std::size_t pos = 0;
  for (std::size_t seen = 0; seen < kOpeningLines && pos < body.size();) {
    std::size_t end = body.find('\n', pos);
    if (end == body.npos) {
      end = body.size();
    }
    std::string_view line = body.substr(pos, end - pos);
    pos = end + 1;
    if (line.find_first_not_of(" \t\r") == line.npos) {
      continue;
    }
    ++seen;
    if (auto ts = find_date(line.size() <= kShortLine ? line : line.substr(0, kLongLineHead))) {
      return ts;
    }
  }
  return std::nullopt;
}

}  // namespace

void resolve_date(Article& article) {
  if (article.date) {
    return;
  }
  if (auto ts = date_in_path(article.id)) {
    article.date = ts;
    article.date_source = date_source::kFilename;
  } else if (auto in_dateline = find_date(article.dateline)) {
    article.date = in_dateline;
    article.date_source = date_source::kText;
  } else if (auto in_text = date_in_opening_lines(article.body)) {
    article.date = in_text;
    article.date_source = date_source::kText;
  } else if (article.fallback_date) {
    article.date = article.fallback_date;
    article.date_source = date_source::kWarc;
  } else {
    article.date_source = date_source::kNone;
  }
}

}  // namespace news
