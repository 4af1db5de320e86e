// One stored article by its id, with its near-duplicate copies: what an article page shows.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "article.hpp"
#include "search_result.hpp"

namespace news {

struct StoredArticle {
  Article article;
  // The other articles of its near-duplicate cluster (syndicated copies, reprints), in the
  // order they were indexed; at most kMaxCopiesListed.
  std::vector<ArticleCopy> copies;
  std::size_t copy_count = 0;  // all of them, also those not listed
};

// The article stored under `id`, or nothing when the index has none. Xapian errors
// (DatabaseModifiedError included) go to the caller.
std::optional<StoredArticle> look_up_article(const Xapian::Database& db, const std::string& id);

}  // namespace news
