#include "date_resolution.hpp"

#include "date_parser.hpp"
#include "dates/dateline.hpp"
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

// The first non-blank line of the body.
std::string_view first_line(std::string_view body) {
  const std::size_t start = body.find_first_not_of(" \t\r\n");
  if (start == body.npos) {
    return {};
  }
  return body.substr(start, body.find('\n', start) - start);
}

// "ISLAMABAD, Oct 29 (Reuters) -" dated with a year from other evidence: the crawl date
// (the story predates it) or a year folder in the path.
std::optional<Timestamp> date_from_dateline(const Article& article) {
  const auto md = dateline_month_day(first_line(article.body));
  if (!md) {
    return std::nullopt;
  }
  if (article.fallback_date) {
    return latest_on_or_before(*md, *article.fallback_date);
  }
  const int year = year_in_path(article.id);
  return year == 0 ? std::nullopt : make_timestamp(year, unsigned(md->month), unsigned(md->day));
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
  } else if (auto in_dateline = date_from_dateline(article)) {
    article.date = in_dateline;
    article.date_source = date_source::kDateline;
  } else if (article.fallback_date) {
    article.date = article.fallback_date;
    article.date_source = date_source::kWarc;
  } else {
    article.date_source = date_source::kNone;
  }
}

}  // namespace news
