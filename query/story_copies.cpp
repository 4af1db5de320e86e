#include "story_copies.hpp"

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
  // Oldest first; undated articles (no time value) sort last; ties by id.
  Xapian::MultiValueKeyMaker key;
  key.add_value(schema::slot::kSortTime, false, Xapian::sortable_serialise(1e18));
  key.add_value(schema::slot::kId);
  enquire.set_sort_by_key(&key, false);
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
}

}  // namespace news
