// `newsindex --extract`: an article as the JSON object the user sees before indexing.
#pragma once

#include <string>

#include "article.hpp"

namespace news {

// One line of JSON with the keys: path, id, title, date (ISO 8601 or null), date_source,
// byline, source, url, language, persons, orgs, places, tags, words, near_duplicate (the
// signature in hex, or null), body.
std::string extract_json_line(const Article& article);

}  // namespace news
