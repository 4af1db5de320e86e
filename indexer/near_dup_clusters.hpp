// Near-duplicate clusters kept up to date as articles are added, changed and deleted.
//
// A cluster is named after its head, the first-indexed member; every article carries its
// cluster id (schema::set_cluster). A new or changed article joins the cluster of its most
// similar candidate (found through the LSH band terms, confirmed when the signatures'
// estimated similarity reaches schema::kSameStorySimilarity), else heads a cluster of its
// own. When a head is deleted or its body changes, the other members are assigned again in
// the order they were indexed, so the next member becomes the head and members that only
// resembled the old head go their own way. Clusters are single-linkage: a member
// resembles at least one article that was in the cluster when it joined.
#pragma once

#include <xapian.h>

#include <optional>
#include <set>
#include <string>

namespace news {

class NearDupClusters {
 public:
  explicit NearDupClusters(Xapian::WritableDatabase& db) : m_db(db) {}

  // Writes `doc` (encoded by the codec) for article `id`, replacing the article's previous
  // version, with its cluster assigned; re-assigns the members of a cluster it headed when
  // its signature changed.
  void put(const std::string& id, Xapian::Document& doc);

  // Deletes article `id` (if present); re-assigns the members of a cluster it headed.
  void remove(const std::string& id);

  // Most candidates compared for one article: bounds the work when thousands of copies of
  // one text are indexed (any of them names the cluster).
  static constexpr std::size_t kMaxCandidates = 64;

 private:
  std::optional<Xapian::docid> find(const std::string& id) const;
  // Sets the cluster of `doc` (article `id`), ignoring the candidates in `ignore`.
  void assign(const std::string& id, Xapian::Document& doc, const std::set<Xapian::docid>& ignore);
  // The members of cluster `cluster_id` other than `except`.
  std::set<Xapian::docid> members(const std::string& cluster_id, Xapian::docid except) const;
  // Assigns the documents of `pending` again, first-indexed first.
  void reassign(std::set<Xapian::docid> pending);

  Xapian::WritableDatabase& m_db;
};

}  // namespace news
