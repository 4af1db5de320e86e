#include "search_request.hpp"

#include "error.hpp"
#include "query_parser_setup.hpp"

namespace news {
namespace {

std::pair<std::string, std::string> span_or_throw(const std::string& what,
                                                  const std::string& date) {
  const auto span = schema::day_span(date);
  if (!span) {
    throw Error(ExitCode::kUsage, what + " \"" + date + "\" is not a date",
                "dates are YYYY, YYYY-MM or YYYY-MM-DD");
  }
  return *span;
}

}  // namespace

void validate_request(const SearchRequest& r) {
  if (r.query.find_first_not_of(" \t\r\n") == std::string::npos && r.persons.empty() &&
      r.since.empty() && r.until.empty() && r.language.empty()) {
    throw Error(ExitCode::kUsage, "no query given", "give words to search for, or a filter");
  }
  if (!r.all && (r.limit == 0 || r.limit > kMaxLimit)) {
    throw Error(ExitCode::kUsage,
                "the limit must be from 1 to " + std::to_string(kMaxLimit) + ", not " +
                    std::to_string(r.limit),
                "use --all for every result");
  }
  for (const std::string& person : r.persons) {
    if (person.find_first_not_of(" \t") == std::string::npos) {
      throw Error(ExitCode::kUsage, "an empty person name", "e.g. --person \"Khawaja Asif\"");
    }
  }
  if (!r.since.empty() && !r.until.empty()) {
    const auto since = span_or_throw("since", r.since);
    const auto until = span_or_throw("until", r.until);
    if (since.first > until.second) {
      throw Error(ExitCode::kUsage, "since " + r.since + " is after until " + r.until,
                  "swap the dates");
    }
  } else if (!r.since.empty() || !r.until.empty()) {
    span_or_throw(r.since.empty() ? "until" : "since", r.since.empty() ? r.until : r.since);
  }
}

}  // namespace news
