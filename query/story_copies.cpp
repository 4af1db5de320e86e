#include "story_copies.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "article_heading.hpp"
#include "near_duplicates.hpp"
#include "unweighted_match.hpp"

namespace news {
namespace {

// Cluster term -> the results of the page in that cluster (one, when collapsing).
using PageClusters = std::map<std::string, std::vector<std::size_t>>;

PageClusters clusters_with_copies(const Xapian::Database& db, const std::vector<PageEntry>& page) {
  PageClusters clusters;
  for (std::size_t i = 0; i < page.size(); ++i) {
    const PageEntry& entry = page[i];
    std::string term =
        schema::cluster_term(entry.cluster.empty() ? schema::cluster_of(entry.doc) : entry.cluster);
    if (db.get_termfreq(term) >= 2) {
      clusters[std::move(term)].push_back(i);
    }
  }
  return clusters;
}

// The documents of the clusters that match `query`, ascending.
std::vector<Xapian::docid> matching_members(const Xapian::Database& db, const Xapian::Query& query,
                                            const PageClusters& clusters) {
  std::vector<Xapian::Query> terms;
  Xapian::doccount members = 0;
  for (const auto& [term, results] : clusters) {
    terms.emplace_back(term);
    members += db.get_termfreq(term);
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(schema::unweighted(
      Xapian::Query(Xapian::Query::OP_FILTER, query,
                    Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()))));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const Xapian::MSet mset = enquire.get_mset(0, members);
  std::vector<Xapian::docid> ids(mset.begin(), mset.end());
  std::sort(ids.begin(), ids.end());
  return ids;
}

bool listed_before(const ArticleCopy& a, const ArticleCopy& b) {
  if (a.date.has_value() != b.date.has_value()) {
    return a.date.has_value();
  }
  return a.date && b.date && a.date->utc != b.date->utc ? a.date->utc < b.date->utc : a.id < b.id;
}

ArticleCopy heading(const Xapian::Database& db, Xapian::docid id) {
  // Only what a copy is listed with: decoding each copy whole was most of a search's time.
  Article a = schema::decode_heading(db.get_document(id, Xapian::DOC_ASSUME_VALID));
  return {std::move(a.id), std::move(a.title), a.date, std::move(a.source)};
}

// The first `listed` of `copies` in listing order: by the order value when not all of them
// are listed, so that only the listed ones are read.
std::vector<Xapian::docid> first_listed(const Xapian::Database& db,
                                        std::vector<Xapian::docid> copies, std::size_t listed) {
  if (copies.size() <= listed) {
    return copies;
  }
  std::vector<std::pair<std::string, Xapian::docid>> keyed;
  keyed.reserve(copies.size());
  for (const Xapian::docid id : copies) {
    keyed.emplace_back(schema::oldest_first_key(db.get_document(id, Xapian::DOC_ASSUME_VALID)), id);
  }
  std::partial_sort(keyed.begin(), keyed.begin() + std::ptrdiff_t(listed), keyed.end());
  copies.resize(listed);
  for (std::size_t i = 0; i < listed; ++i) {
    copies[i] = keyed[i].second;
  }
  return copies;
}

StoryCopies copies_of_result(const Xapian::Database& db, const std::vector<Xapian::docid>& members,
                             Xapian::docid self, std::size_t listed) {
  std::vector<Xapian::docid> others;
  std::copy_if(members.begin(), members.end(), std::back_inserter(others),
               [self](Xapian::docid id) { return id != self; });
  StoryCopies copies;
  copies.count = others.size();
  for (const Xapian::docid id : first_listed(db, std::move(others), listed)) {
    copies.listed.push_back(heading(db, id));
  }
  std::sort(copies.listed.begin(), copies.listed.end(), listed_before);
  return copies;
}

}  // namespace

std::vector<StoryCopies> find_copies(const Xapian::Database& db, const Xapian::Query& query,
                                     const std::vector<PageEntry>& page, std::size_t listed) {
  std::vector<StoryCopies> copies(page.size());
  const PageClusters clusters = clusters_with_copies(db, page);
  if (clusters.empty()) {
    return copies;
  }
  const std::vector<Xapian::docid> matching = matching_members(db, query, clusters);
  for (const auto& [term, results] : clusters) {
    std::vector<Xapian::docid> members;
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
      if (std::binary_search(matching.begin(), matching.end(), *it)) {
        members.push_back(*it);
      }
    }
    for (const std::size_t i : results) {
      copies[i] = copies_of_result(db, members, page[i].id, listed);
    }
  }
  return copies;
}

}  // namespace news
