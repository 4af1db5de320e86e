// The page of one article: title, date and where the date came from, the file it came
// from, byline, source and its link, the full text, its entities as links to their
// searches, and its syndicated copies (the other articles of its near-duplicate cluster).
#pragma once

#include <string>

#include "article_lookup.hpp"

namespace news::web {

std::string article_page(const StoredArticle& stored);

// The page for an id the index does not have.
std::string missing_article_page(const std::string& id);

}  // namespace news::web
