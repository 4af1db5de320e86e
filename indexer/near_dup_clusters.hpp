// Near-duplicate clusters kept up to date as articles are added, changed and deleted.
//
// A cluster is named after its head, the first-indexed member; every article carries its
// cluster id (schema::set_cluster). A body too short for a signature joins the cluster of
// the first article with the same print (the same headline and words on the same day). A
// new or changed article joins the cluster of its most
// similar candidate (found through the LSH band terms; when the signatures' estimate
// reaches schema::kCandidateSimilarity, the stored texts are compared and must reach
// schema::kSameStorySimilarity: story_text.hpp), else heads a cluster of its
// own. When a head is deleted or its body changes, the other members are assigned again in
// the order they were indexed, so the next member becomes the head and members that only
// resembled the old head go their own way; that happens in settle(), once per batch of
// changes (a file), so replacing or deleting a file of many copies stays linear. Clusters
// are single-linkage: a member
// resembles at least one article that was in the cluster when it joined.
//
// Decided on the coordinating thread, in input order, through a ClusterView (committed
// shards plus what the writers were given since): the same clusters for any number of
// shards. Changes go to the writer of the shard that holds the article; the texts compared
// are read through the view too (a candidate written in this batch is only in its overlay).
#pragma once

#include <xapian.h>

#include <optional>
#include <set>
#include <string>
#include <unordered_map>

#include "cluster_view.hpp"
#include "enrich/story_text.hpp"

namespace news {

class NearDupClusters {
 public:
  explicit NearDupClusters(ClusterView& view) : m_view(view) {}

  // Writes `doc` (encoded by the codec) for article `id`, replacing the article's previous
  // version (new articles go to shard `shard`), with its cluster assigned; when its
  // signature changed and it headed a cluster, the other members are left for settle().
  // Returns the document's id in the combined database.
  Xapian::docid put(const std::string& id, Xapian::Document doc, std::size_t shard);

  // Deletes article `id` (if present); the members of a cluster it headed are left for
  // settle().
  void remove(const std::string& id);

  // Assigns again the members of the clusters whose head went or changed since the last
  // call, first-indexed first. Call after each batch of put/remove.
  void settle();

  // Most candidates compared for one article: bounds the work when thousands of copies of
  // one text are indexed (any of them names the cluster).
  static constexpr std::size_t kMaxCandidates = 64;

  // Candidate texts compared so far (story_similarity). Once one is as similar as can be
  // (an exact copy), the later candidates are not compared: the earliest-indexed of equally
  // similar candidates names the cluster anyway, so an archive holding a story N times
  // compares one text per copy, not N (docs/benchmarks.md, archive scale).
  std::size_t texts_compared() const { return m_compared; }

 private:
  std::optional<Xapian::docid> find(const std::string& id) const;
  // The story text of document `docid` (ClusterView::text), remembered: formulaic articles
  // (notices, tables) are candidates of thousands of others, mostly the same first-indexed
  // ones.
  const StoryText& text_of(Xapian::docid docid);
  // The cluster of article `id` with signature value `signature` (document `self`, or 0
  // when new), ignoring the pending members as candidates. The article's text is that of
  // `doc` when given (a version not handed to the view yet), else that of `self`.
  std::string assign(const std::string& id, const std::string& signature, Xapian::docid self,
                     const Xapian::Document* doc);
  // The cluster of a short article (`print_value`: its print, schema/near_duplicates.hpp):
  // that of the first-indexed article with the same print, no text compared (the print
  // holds every word), or its own `id`.
  std::string first_copy_cluster(const std::string& id, const std::string& print_value,
                                 Xapian::docid self) const;
  // Leaves the other members of cluster `cluster_id` for settle().
  void orphan_members(const std::string& cluster_id, Xapian::docid head);

  // story_similarity's highest value (Jaccard similarity 1: the same shingles).
  static constexpr double kMostSimilar = 1.0;

  ClusterView& m_view;
  std::size_t m_compared = 0;
  // Members whose head went or changed: their cluster value is stale until settle().
  std::set<Xapian::docid> m_pending;
  // Story texts of documents (text_of), forgotten when one changes or goes, and all at
  // once past kMaxTexts texts or kMaxTextBytes of shingles and words (a long article's
  // shingles take megabytes: copies of long reports must not fill memory).
  void forget_text(Xapian::docid docid);
  std::unordered_map<Xapian::docid, StoryText> m_texts;
  std::size_t m_text_bytes = 0;
  static constexpr std::size_t kMaxTexts = 1024;
  static constexpr std::size_t kMaxTextBytes = std::size_t(64) << 20;
};

}  // namespace news
