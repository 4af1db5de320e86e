#include "story_copies.hpp"

#include <algorithm>

#include "article_heading.hpp"
#include "fields.hpp"
#include "near_duplicates.hpp"
#include "unweighted_match.hpp"

namespace news {

void find_copies(const Xapian::Database& db, const Xapian::Query& query,
                 const Xapian::Document& doc, SearchResult& result) {
  const std::string term = schema::cluster_term(schema::cluster_of(doc));
  if (db.get_termfreq(term) < 2) {
    return;
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(
      schema::unweighted(Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(term))));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  // Oldest first by the time value (remote backends take no KeyMaker; undated articles,
  // without the value, come first here and are moved last below).
  enquire.set_sort_by_value(schema::slot::kSortTime, false);
  const Xapian::MSet copies = enquire.get_mset(0, kMaxCopiesListed + 1, db.get_doccount());
  // The result itself matches too: it is counted and skipped.
  const std::string& self = result.article.id;
  const Xapian::doccount matches = copies.get_matches_estimated();
  result.copy_count = matches > 0 ? matches - 1 : 0;
  for (auto it = copies.begin(); it != copies.end(); ++it) {
    if (result.copies.size() >= kMaxCopiesListed) {
      continue;
    }
    // Only what a copy is listed with: decoding each copy whole was most of a search's time.
    const Article a = schema::decode_heading(it.get_document());
    if (a.id == self) {
      continue;
    }
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
