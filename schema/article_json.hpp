// An article's fields as JSON: one definition for the stored document data, the
// `--extract` lines and the search results, so a field added here appears in all three.
#pragma once

#include <nlohmann/json.hpp>

#include "article.hpp"

namespace news {

// path, id, title, date (ISO 8601 or null), date_source, date_confidence, byline, source, url,
// language, persons, orgs, places, tags — in that order; then cluster (the near-duplicate
// cluster id) when the article comes from an index.
nlohmann::ordered_json article_json(const Article& article);

// `json` as one line of UTF-8; invalid UTF-8 in strings is replaced, never an error.
std::string dump_json_line(const nlohmann::ordered_json& json);

}  // namespace news
