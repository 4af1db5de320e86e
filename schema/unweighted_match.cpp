#include "unweighted_match.hpp"

namespace news::schema {

Xapian::Query unweighted(const Xapian::Query& query) {
  return Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query::MatchAll, query);
}

bool weighs_nothing(const Xapian::Database& db, const Xapian::Query& query,
                    const Xapian::Weight& weight) {
  // Asking for no result reads no posting: Xapian only works out the highest weight a
  // match could have (some microseconds).
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(weight);
  return enquire.get_mset(0, 0).get_max_possible() <= 0.0;
}

Xapian::Query matchable(const Xapian::Database& db, const Xapian::Query& query,
                        const Xapian::Weight& weight) {
  return weighs_nothing(db, query, weight) ? unweighted(query) : query;
}

Xapian::doccount count_matches(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(unweighted(query));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  return enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
}

}  // namespace news::schema
