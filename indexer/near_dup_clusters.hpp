// Near-duplicate clusters kept up to date as articles are added, changed and deleted.
//
// A cluster is named after its head, the first-indexed member; every article carries its
// cluster id (schema::set_cluster). A new or changed article joins the cluster of its most
// similar candidate (found through the LSH band terms; when the signatures' estimate
// reaches schema::kCandidateSimilarity, the stored texts are compared and must reach
// schema::kSameStorySimilarity: story_text.hpp), else heads a cluster of its
// own. When a head is deleted or its body changes, the other members are assigned again in
// the order they were indexed, so the next member becomes the head and members that only
// resembled the old head go their own way; that happens in settle(), once per batch of
// changes (a file), so replacing or deleting a file of many copies stays linear. Clusters
// are single-linkage: a member
// resembles at least one article that was in the cluster when it joined.
#pragma once

#include <xapian.h>

#include <optional>
#include <set>
#include <string>
#include <unordered_map>

#include "enrich/story_text.hpp"

namespace news {

class NearDupClusters {
 public:
  explicit NearDupClusters(Xapian::WritableDatabase& db) : m_db(db) {}

  // Writes `doc` (encoded by the codec) for article `id`, replacing the article's previous
  // version, with its cluster assigned; when its signature changed and it headed a
  // cluster, the other members are left for settle(). Returns the document's id.
  Xapian::docid put(const std::string& id, Xapian::Document& doc);

  // Deletes article `id` (if present); the members of a cluster it headed are left for
  // settle().
  void remove(const std::string& id);

  // Assigns again the members of the clusters whose head went or changed since the last
  // call, first-indexed first. Call after each batch of put/remove.
  void settle();

  // Most candidates compared for one article: bounds the work when thousands of copies of
  // one text are indexed (any of them names the cluster).
  static constexpr std::size_t kMaxCandidates = 64;

 private:
  std::optional<Xapian::docid> find(const std::string& id) const;
  // The story text of stored document `docid`, remembered: formulaic articles (notices,
  // tables) are candidates of thousands of others, mostly the same first-indexed ones.
  const StoryText& text_of(Xapian::docid docid, const Xapian::Document& doc);
  // Sets the cluster of `doc` (article `id`, document `self` or 0 when new), ignoring the
  // pending members as candidates.
  void assign(const std::string& id, Xapian::Document& doc, Xapian::docid self);
  // Leaves the other members of cluster `cluster_id` for settle().
  void orphan_members(const std::string& cluster_id, Xapian::docid head);

  Xapian::WritableDatabase& m_db;
  // Members whose head went or changed: their cluster value is stale until settle().
  std::set<Xapian::docid> m_pending;
  // Story texts of stored documents (text_of), forgotten when one changes or goes, and all
  // at once past kMaxTexts.
  std::unordered_map<Xapian::docid, StoryText> m_texts;
  static constexpr std::size_t kMaxTexts = 1024;
};

}  // namespace news
