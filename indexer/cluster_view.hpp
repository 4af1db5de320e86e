// The index as the coordinating thread sees it while the shard writers write: the
// committed shards through one read-only Database (reopened after each commit round),
// overlaid with what was handed to the writers since (bounded by the batch). Document ids
// are those of the combined database, where document g lives in shard (g - 1) % K as its
// document (g - 1) / K + 1; new articles get ids that grow in input order whatever the
// shard, so "first indexed" (near-duplicate heads, copies in order) means the same for
// every shard count.
#pragma once

#include <xapian.h>

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "shard_writers.hpp"

namespace news {

class ClusterView {
 public:
  ClusterView(const std::string& dir, ShardWriters& writers);

  // What near-duplicate clustering reads of an article.
  struct Entry {
    std::string id;
    std::string signature;  // the signature value
    std::string cluster;
    bool deleted = false;
  };

  // What the stored-text confirmation of near-duplicates compares.
  struct Text {
    std::string title;
    std::string body;
  };

  // The document of article `id`, if any.
  std::optional<Xapian::docid> find(const std::string& id) const;
  // Calls `visit` with the documents indexed by `term` (id, band and cluster terms only),
  // in ascending order, until it returns false.
  void for_each(const std::string& term, const std::function<bool(Xapian::docid)>& visit) const;
  // The entry of an existing document.
  Entry entry(Xapian::docid docid) const;
  // The title and body of an existing document. One in the overlay is read by the writer
  // of its shard, after the jobs given before (the coordinating thread waits): the overlay
  // does not hold texts, which may be megabytes each.
  Text text(Xapian::docid docid) const;
  // The number of documents, the overlay's added and deleted ones counted.
  Xapian::doccount document_count() const;

  // Hands a new document to the writer of `shard`; returns its id.
  Xapian::docid add(std::size_t shard, const std::string& id, Xapian::Document doc);
  // Hands a new version of document `docid` to its writer.
  void replace(Xapian::docid docid, const std::string& id, Xapian::Document doc);
  // Sets the cluster of document `docid` (its writer reads, changes and writes it).
  void set_cluster(Xapian::docid docid, const std::string& cluster);
  // Deletes document `docid`.
  void remove(Xapian::docid docid);

  // After a commit round of every shard: reads the shards again and forgets the overlay.
  void committed();
  // The committed shards as one database (for the coordinating thread only).
  const Xapian::Database& reader() const { return m_reader; }

  std::size_t shard_of(Xapian::docid docid) const { return (docid - 1) % m_shards; }
  Xapian::docid local_docid(Xapian::docid docid) const { return (docid - 1) / m_shards + 1; }

 private:
  void overlay(Xapian::docid docid, Entry entry);
  std::set<std::string> terms_of(const Entry& entry) const;

  Xapian::Database m_reader;
  ShardWriters& m_writers;
  Xapian::docid m_shards;
  Xapian::docid m_last;
  std::map<Xapian::docid, Entry> m_overlay;
  std::map<std::string, std::set<Xapian::docid>> m_terms;
  Xapian::doccount m_added = 0;
  Xapian::doccount m_deleted = 0;
};

}  // namespace news
