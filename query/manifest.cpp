#include "manifest.hpp"

namespace news {
namespace {

using nlohmann::ordered_json;

const char* sort_name(SortOrder sort) {
  switch (sort) {
    case SortOrder::kNewest:
      return "newest";
    case SortOrder::kOldest:
      return "oldest";
    case SortOrder::kRelevance:
      break;
  }
  return "relevance";
}

// Every setting of the request that shapes which results come back and in what order.
ordered_json request_json(const SearchRequest& r) {
  return {
      {"query", r.query},       {"persons", r.persons},
      {"since", r.since},       {"until", r.until},
      {"language", r.language}, {"sort", sort_name(r.sort)},
      {"offset", r.offset},     {"limit", r.all ? ordered_json(nullptr) : ordered_json(r.limit)},
      {"all", r.all},           {"auto_correct", r.auto_correct}};
}

ordered_json reading_json(const SearchHeader& h) {
  return {{"parsed_query", h.parsed_query},
          {"best_match", h.best_match},
          {"notes", h.notes},
          {"suggestion", h.suggestion},
          {"corrected_query", h.corrected_query}};
}

ordered_json indexes_json(const std::vector<IndexRevision>& indexes) {
  ordered_json list = ordered_json::array();
  for (const IndexRevision& i : indexes) {
    list.push_back({{"location", i.location},
                    {"uuid", i.uuid},
                    {"revision", i.revision ? ordered_json(*i.revision) : ordered_json(nullptr)}});
  }
  return list;
}

}  // namespace

std::string program_version() {
  return "newsquery " NEWS_VERSION;
}

std::vector<std::string> rerun_arguments(const SearchRequest& r, const SearchHeader& header) {
  std::vector<std::string> args = {"newsquery"};
  for (const IndexRevision& index : header.indexes) {
    args.insert(args.end(), {"--db", index.location});
  }
  for (const std::string& person : r.persons) {
    args.insert(args.end(), {"--person", person});
  }
  const std::pair<const char*, const std::string*> texts[] = {
      {"--since", &r.since}, {"--until", &r.until}, {"--lang", &r.language}};
  for (const auto& [option, value] : texts) {
    if (!value->empty()) {
      args.insert(args.end(), {option, *value});
    }
  }
  args.insert(args.end(), {"--sort", sort_name(r.sort), "--offset", std::to_string(r.offset)});
  if (r.all) {
    args.push_back("--all");
  } else {
    args.insert(args.end(), {"--limit", std::to_string(r.limit)});
  }
  if (r.auto_correct) {
    args.push_back("--auto-correct");
  }
  if (!r.query.empty()) {
    args.insert(args.end(), {"--", r.query});
  }
  return args;
}

ordered_json manifest_json(const SearchRequest& request, const SearchHeader& header) {
  return {{"program", program_version()},
          {"searched_at", header.searched_at},
          {"request", request_json(request)},
          {"reading", reading_json(header)},
          {"indexes", indexes_json(header.indexes)},
          {"total", header.total},
          {"total_is_exact", header.total_is_exact},
          {"rerun", rerun_arguments(request, header)}};
}

}  // namespace news
