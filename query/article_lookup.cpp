#include "article_lookup.hpp"

#include "document_codec.hpp"
#include "near_duplicates.hpp"

namespace news {
namespace {

std::optional<Article> stored(const Xapian::Database& db, const std::string& id) {
  const std::string term = schema::DocumentCodec::id_term(id);
  Xapian::PostingIterator p = db.postlist_begin(term);
  if (p == db.postlist_end(term)) {
    return std::nullopt;
  }
  return schema::DocumentCodec::decode_article(db.get_document(*p));
}

}  // namespace

std::optional<StoredArticle> look_up_article(const Xapian::Database& db, const std::string& id) {
  std::optional<Article> article = stored(db, id);
  if (!article) {
    return std::nullopt;
  }
  StoredArticle found{std::move(*article), {}, 0};
  for (const std::string& copy_id : schema::copies_of(db, id)) {
    if (copy_id == id) {
      continue;
    }
    ++found.copy_count;
    if (found.copies.size() < kMaxCopiesListed) {
      if (std::optional<Article> copy = stored(db, copy_id)) {
        found.copies.push_back(ArticleCopy{copy->id, copy->title, copy->date, copy->source});
      }
    }
  }
  return found;
}

}  // namespace news
