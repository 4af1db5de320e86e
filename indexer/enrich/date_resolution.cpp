#include "date_resolution.hpp"

#include <vector>

#include "date_parser.hpp"
#include "date_tokens.hpp"
#include "dates/dateline.hpp"
#include "dates/file_name_date.hpp"
#include "ner/wire_text.hpp"

namespace news {
namespace {

// Dates are looked for in this many opening paragraphs of the body (wrapped lines joined),
// but only where a date line would sit: a paragraph that is little more than the date
// ("By Jane Doe | October 29, 2025"), or one the date opens after a place
// ("WASHINGTON, Oct. 29, 2025 (AP) - ..."). A date in the story's prose ("a eurobond
// due July 15, 1992") is not the story's.
constexpr std::size_t kOpeningLines = 6;
constexpr std::size_t kDateLineRest = 40;  // bytes of other text a date line may hold
constexpr std::size_t kLongLineHead = 60;  // a dateline's date starts within these bytes

std::string_view trimmed(std::string_view s) {
  const std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == s.npos) {
    return {};
  }
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// Whether `prefix` holds a word starting in lower case: prose, not a place or a byline.
bool has_prose_word(std::string_view prefix) {
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    const bool word_start = i == 0 || prefix[i - 1] == ' ' || prefix[i - 1] == '\t';
    if (word_start && prefix[i] >= 'a' && prefix[i] <= 'z') {
      return true;
    }
  }
  return false;
}

// The news day as a lead writes it: "returned to work on Wednesday 6 April 2022". A
// weekday names the day the story happened; a due or maturity date carries none.
bool with_weekday(std::string_view line, std::size_t date_begin) {
  const std::vector<dates::Token> tokens = dates::tokenize(line.substr(0, date_begin + 12));
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto at = static_cast<std::size_t>(tokens[i].text.data() - line.data());
    if (at + 12 >= date_begin && at <= date_begin && dates::is_weekday(tokens[i].text)) {
      return true;
    }
  }
  return false;
}

std::optional<Timestamp> date_where_a_date_line_would_be(std::string_view line) {
  const auto found = find_date_at(line);
  if (!found) {
    return std::nullopt;
  }
  const std::string_view before = trimmed(line.substr(0, found->begin));
  const std::string_view after = trimmed(line.substr(found->end));
  if (before.size() + after.size() <= kDateLineRest) {
    return found->when;
  }
  if (found->begin <= kLongLineHead && !has_prose_word(before)) {
    return found->when;
  }
  if (with_weekday(line, found->begin)) {
    return found->when;
  }
  return std::nullopt;
}

std::optional<Timestamp> date_in_opening_lines(std::string_view body) {
  const std::string paragraphs = ner::join_wrapped_lines(body);
  const std::string_view text = paragraphs;
  std::size_t pos = 0;
  for (std::size_t seen = 0; seen < kOpeningLines && pos < text.size();) {
    std::size_t end = text.find('\n', pos);
    if (end == text.npos) {
      end = text.size();
    }
    const std::string_view line = trimmed(text.substr(pos, end - pos));
    pos = end + 1;
    if (line.empty()) {
      continue;
    }
    ++seen;
    if (auto ts = date_where_a_date_line_would_be(line)) {
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
  } else if (auto in_dateline = date_from_dateline(article)) {
    article.date = in_dateline;
    article.date_source = date_source::kDateline;
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
