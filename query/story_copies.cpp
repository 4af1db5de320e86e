#include "story_copies.hpp"

#include <algorithm>

#include "document_codec.hpp"
#include "fields.hpp"
#include "near_duplicates.hpp"

namespace news {

void find_copies(const Xapian::Database& db, const Xapian::Query& query,
                 const Xapian::Document& doc, SearchResult& result) {
  const std::string term = schema::cluster_term(schema::cluster_of(doc));
  if (db.get_termfreq(term) < 2) {
    return;
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(term)));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  // Oldest first by the time value (remote backends take no KeyMaker; undated articles,
  // without the value, come first here and are moved last below).
  enquire.set_sort_by_value(schema::slot::kSortTime, false);
  const Xapian::MSet copies = enquire.get_mset(0, kMaxCopiesListed + 1, db.get_doccount());
  // The result itself matches too: it is counted and skipped.
  const std::string self = doc.get_value(schema::slot::kId);
  const Xapian::doccount matches = copies.get_matches_estimated();
  result.copy_count = matches > 0 ? matches - 1 : 0;
  for (auto it = copies.begin(); it != copies.end(); ++it) {
    const Xapian::Document copy = it.get_document();
    if (copy.get_value(schema::slot::kId) == self || result.copies.size() >= kMaxCopiesListed) {
      continue;
    }
    const Article a = schema::DocumentCodec::decode_article(copy);
    result.copies.push_back({a.id, a.title, a.date, a.source});
  }
  std::stable_sort(
      result.copies.begin(), result.copies.end(), [](const ArticleCopy& a, const ArticleCopy& b) {
        if (a.date.has_value() != b.date.has_value()) {
          return a.date.has_value();
        }
        return a.date && b.date && a.date->utc != b.date->utc ? a.date->utc < b.date->utc
                                                              : a.id < b.id;
      });
}

}  // namespace news
