#include "web_params.hpp"

#include <algorithm>

#include "error.hpp"
#include "html_text.hpp"
#include "language.hpp"

namespace news::web {
namespace {

// The one value of `name` ("" when absent), at most `max_bytes` long.
std::string single(const Params& params, const std::string& name, std::size_t max_bytes) {
  const auto it = params.find(name);
  if (it == params.end()) {
    return {};
  }
  if (it->second.size() > max_bytes) {
    throw Error(ExitCode::kUsage,
                "the " + name + " parameter is longer than " + std::to_string(max_bytes) + " bytes",
                "shorten the request");
  }
  return it->second;
}

std::size_t number(const Params& params, const std::string& name, std::size_t fallback,
                   std::size_t low, std::size_t high) {
  const std::string text = single(params, name, 16);
  if (text.empty()) {
    return fallback;
  }
  const bool digits = text.size() <= 9 && text.find_first_not_of("0123456789") == std::string::npos;
  const std::size_t value = digits ? std::stoul(text) : 0;
  if (!digits || value < low || value > high) {
    throw Error(ExitCode::kUsage, name + " takes a whole number from " + std::to_string(low) +
                                      " to " + std::to_string(high));
  }
  return value;
}

SortOrder sort_order(const std::string& text) {
  if (text.empty() || text == "relevance") {
    return SortOrder::kRelevance;
  }
  if (text == "newest") {
    return SortOrder::kNewest;
  }
  if (text == "oldest") {
    return SortOrder::kOldest;
  }
  throw Error(ExitCode::kUsage, "sort is relevance, newest or oldest");
}

std::vector<std::string> persons(const Params& params) {
  std::vector<std::string> names;
  const auto [from, to] = params.equal_range("person");
  for (auto it = from; it != to; ++it) {
    if (it->second.size() > kMaxFilterBytes || names.size() == kMaxFilters) {
      throw Error(ExitCode::kUsage, "too many or too long person parameters");
    }
    if (it->second.find_first_not_of(" \t") != std::string::npos) {
      names.push_back(it->second);
    }
  }
  return names;
}

// facets=person,place facet_limit=N timeline=month count_by=story collapse=0, as the
// command line's --facets, --facet-limit, --timeline, --count-by, --no-collapse.
void read_counts(const Params& params, SearchRequest& r) {
  const std::string facets = single(params, "facets", kMaxFilterBytes);
  for (std::size_t from = 0; !facets.empty() && from <= facets.size();) {
    const std::size_t comma = std::min(facets.find(',', from), facets.size());
    const auto field = facet_field_from_name(facets.substr(from, comma - from));
    if (!field) {
      throw Error(ExitCode::kUsage, "facets is a list of person, org, place, source, lang, year");
    }
    r.facets.push_back(*field);
    from = comma + 1;
  }
  r.facet_limit = number(params, "facet_limit", r.facet_limit, 1, kMaxFacetLimit);
  const std::string period = single(params, "timeline", 16);
  const auto timeline = timeline_period_from_name(period);
  if (!period.empty() && !timeline) {
    throw Error(ExitCode::kUsage, "timeline is day, week, month or year");
  }
  r.timeline = period.empty() ? TimelinePeriod::kNone : *timeline;
  const std::string by = single(params, "count_by", 16);
  const auto count_by = count_by_from_name(by);
  if (!by.empty() && !count_by) {
    throw Error(ExitCode::kUsage, "count_by is article or story");
  }
  r.count_by = by.empty() ? CountBy::kArticle : *count_by;
  r.collapse = single(params, "collapse", 16) != "0";
}

void append(std::string& out, std::string_view name, std::string_view value) {
  if (!value.empty()) {
    out.append(out.empty() ? "" : "&").append(name).append("=").append(url_encode(value));
  }
}

}  // namespace

SearchRequest request_from_params(const Params& params, std::size_t default_limit,
                                  std::size_t max_limit) {
  SearchRequest r;
  r.query = single(params, "q", kMaxQueryBytes);
  r.persons = persons(params);
  r.since = single(params, "since", kMaxFilterBytes);
  r.until = single(params, "until", kMaxFilterBytes);
  const std::string language = single(params, "lang", kMaxFilterBytes);
  if (!language.empty() && (r.language = schema::normalise_language_code(language)).empty()) {
    throw Error(ExitCode::kUsage, "lang takes a language code such as en or fr");
  }
  r.sort = sort_order(single(params, "sort", 16));
  r.offset = number(params, "offset", 0, 0, kMaxOffset);
  r.limit = number(params, "limit", default_limit, 1, max_limit);
  read_counts(params, r);
  r.time_limit = kSearchSeconds;
  return r;
}

std::string query_string(const SearchRequest& r) {
  std::string out;
  append(out, "q", r.query);
  for (const std::string& person : r.persons) {
    append(out, "person", person);
  }
  append(out, "since", r.since);
  append(out, "until", r.until);
  append(out, "lang", r.language);
  append(out, "sort",
         r.sort == SortOrder::kNewest   ? "newest"
         : r.sort == SortOrder::kOldest ? "oldest"
                                        : "");
  append(out, "offset", r.offset > 0 ? std::to_string(r.offset) : "");
  return out;
}

bool has_search(const SearchRequest& r) {
  return r.query.find_first_not_of(" \t\r\n") != std::string::npos || !r.persons.empty() ||
         !r.since.empty() || !r.until.empty() || !r.language.empty();
}

}  // namespace news::web
