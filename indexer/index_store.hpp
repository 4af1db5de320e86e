// The index as newsindex writes it: what each source file contributed last time, and
// replacing, adding and deleting its articles in batched commits. The index holds K
// shards, each written by a thread of its own (ShardWriters); a file's articles all go to
// shard schema::shard_of(file id, K). The store's methods run on one coordinating thread,
// in input order: near-duplicate clusters are decided there (NearDupClusters over a
// ClusterView), so the index does not depend on K or on thread timing.
//
// What a source file contributed is read from the index when asked (its source-file term
// and the values of its documents), not held in memory: the store's memory does not grow
// with the number of files or articles in the index (docs/benchmarks.md, archive scale).
// The coordinating thread reads the committed shards, which do not show what the writers
// were handed since the last commit round: for that the store keeps a record of the files
// written in the current batch (their stamps, collections and documents), dropped at each
// commit, so bounded by the batch.
#pragma once

#include <xapian.h>

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "article.hpp"
#include "catalogue/catalogue.hpp"
#include "cluster_view.hpp"
#include "commit_policy.hpp"
#include "document_codec.hpp"
#include "near_dup_clusters.hpp"
#include "shard_writers.hpp"
#include "spelling_data.hpp"

namespace news {

class IndexStore {
 public:
  // Opens (or creates, with `shards` shards) the index and its collections and failures.
  // An existing index keeps the shards it has. Throws Error(kDatabase).
  explicit IndexStore(const std::string& dir, std::size_t shards = 1);
  // Waits for the writers; Xapian commits what is pending when the shards close: the
  // counted spelling words go with it.
  ~IndexStore();
  IndexStore(const IndexStore&) = delete;
  IndexStore& operator=(const IndexStore&) = delete;

  struct FileState {
    FileStamp stamp;
    std::string collection;  // the collection (named folder) the file belongs to
    std::size_t article_count = 0;
  };

  // The collections of the index: name -> absolute folder.
  const std::map<std::string, std::string>& collections() const { return m_collections; }
  // Names a folder (new collection) or re-attaches a collection to a moved folder.
  void set_collection(const std::string& name, const std::string& root);
  // How many source files the index holds for a collection (a walk of its file terms).
  std::size_t files_in_collection(const std::string& name) const;

  // Files that could not be read are remembered with their size and mtime, so that a
  // re-run reports a failure as new only when the file changed.
  bool is_known_failure(const std::string& source_file, std::uint64_t size,
                        std::int64_t mtime_ns) const;
  void remember_failure(const std::string& source_file, std::uint64_t size, std::int64_t mtime_ns);
  void forget_failure(const std::string& source_file);
  // Remembered failures of files under one of `collections` that are not in `seen`.
  std::vector<std::string> failures_missing_under(
      const std::vector<std::string>& collections,
      const std::function<bool(const std::string&)>& seen) const;
  std::size_t known_failure_count() const { return m_failures.size(); }

  // What the index holds for a source file (read from the index, written or pending), or
  // nothing when it holds no article of it.
  std::optional<FileState> file_state(const std::string& source_file) const;
  // Compacts the index while holding its lock (schema::compact_index); commits first.
  // Returns the sizes in bytes before and after.
  std::pair<std::uintmax_t, std::uintmax_t> compact();

  // Replaces the articles of one source file with `articles`, encoded as `documents` (one
  // each, by schema::DocumentCodec); articles of the file that are no longer there are
  // deleted. Near-duplicate clusters follow (NearDupClusters). `spelling_words` are the
  // documents' schema::spelling_words, counted until the next commit. Returns how many
  // articles were new to the index.
  std::size_t put_file(const std::string& source_file, const std::string& collection,
                       const FileStamp& stamp, const std::vector<Article>& articles,
                       std::vector<Xapian::Document>& documents,
                       const std::vector<std::string>& spelling_words);

  // An archive too large for one put_file comes in parts, in order: put_part writes one
  // part (its articles replace those of the same ids; none is deleted; returns how many
  // were new), finish_parts ends the file. Before its first part is written, the file is
  // marked (metadata, committed first) as written in part: file_state then gives it no
  // stamp, so that a run stopped between its parts (or a failure after one) leaves it to be
  // read again whole; replacing by id keeps the re-run from duplicating. The mark goes with
  // the commit round after the one that wrote the last part, so it outlives every shard's
  // copy of the parts.
  std::size_t put_part(const std::string& source_file, const std::string& collection,
                       const FileStamp& stamp, const std::vector<Article>& articles,
                       std::vector<Xapian::Document>& documents,
                       const std::vector<std::string>& spelling_words);
  // After the last part: deletes the file's articles its parts did not write, those whose
  // content hash is not `stamp`'s (of an earlier version of the file), found by a walk of
  // the file's documents (nothing is held per article between parts). Returns how many.
  std::size_t finish_parts(const std::string& source_file, const FileStamp& stamp);
  // True while the file is marked as written in part.
  bool in_parts(const std::string& source_file) const { return m_partial.contains(source_file); }

  // Records a new size/mtime for a file whose content did not change.
  void restamp_file(const std::string& source_file, const FileStamp& stamp);

  // Deletes every article of a source file, re-assigning the clusters they headed; returns
  // how many were deleted.
  std::size_t remove_file(const std::string& source_file);

  // Source files of one of `collections` for which `seen` is false, in id order within each
  // collection (a test, so that the caller need not hold a set of every file).
  std::vector<std::string> files_missing_under(
      const std::vector<std::string>& collections,
      const std::function<bool(const std::string&)>& seen) const;

  // Commits when a batch is due by CommitPolicy(batch_size), 0 being the default policy
  // that grows the batch with the index (or always when force, with anything pending).
  void commit_if_due(std::size_t batch_size, bool force = false);
  // Commits whatever was written, through the store or its database() (the catalogue):
  // every shard, the spelling words counted with shard 0 (whose metadata and spelling
  // tables are the index's).
  void commit();

  // Starts the writer threads (until database() is asked for).
  void start_writers();

  // The documents as last committed, commit() first (the catalogue's link snapshots).
  const Xapian::Database& committed_database();

  Xapian::doccount document_count() const;
  std::size_t shard_count() const { return m_writers.count(); }

  // Documents written since the store was opened, and the display forms of their
  // entities: what the entity catalogue links at the end of the run.
  const std::vector<Xapian::docid>& written() const { return m_written; }
  const catalogue::DisplayNames& entity_names() const { return m_entity_names; }

  // All shards as one writable database, for this thread: stops the writer threads.
  Xapian::WritableDatabase& database();

 private:
  // A file written (put, restamped or removed) in the current batch.
  struct BatchFile {
    FileStamp stamp;
    std::string collection;
    std::set<Xapian::docid> documents;  // those it was given (some may have gone since)
  };

  void load_metadata();
  // What the index holds for a file, its stamp as its documents say (file_state).
  std::optional<FileState> recorded_state(const std::string& source_file) const;
  // The collection of a file id ("collection/relative"): the longest collection name it
  // starts with (no value of the documents holds it since schema 6).
  std::string collection_of(const std::string& source_file) const;
  // The current batch's record of a file, given its stamp and collection.
  BatchFile& batch_file(const std::string& source_file, const FileStamp& stamp,
                        const std::string& collection);
  // After a file's articles (or a part of them) were written: clusters settled, spelling
  // words counted, the changes counted for the commit policy.
  void end_put(std::size_t articles, const std::vector<std::string>& spelling_words);
  // Writes one article of a file to shard `shard` (put_file, put_part).
  void write_article(const std::string& source_file, const Article& article, Xapian::Document doc,
                     std::size_t shard, BatchFile& batch);
  // Marks a file as written in part, committed at once (put_part).
  void mark_partial(const std::string& source_file);
  // The mark of a file whose articles are all written goes after the next commit round.
  void unmark_after_commit(const std::string& source_file);
  void clear_finished_marks();
  // The documents of a source file with their article ids: the committed postings of its
  // term whose source-file value is the file (a bounded term may be shared) and that were
  // not rewritten in this batch, plus the documents this batch gave it.
  std::vector<std::pair<Xapian::docid, std::string>> file_articles(
      const std::string& source_file) const;
  // Calls `visit` with the id of every source file of `collection` the index holds.
  void for_each_file(const std::string& collection,
                     const std::function<void(const std::string&)>& visit) const;

  // Runs `work` on shard `shard` (on its writer thread when they run).
  void post(std::size_t shard, std::function<void(Xapian::WritableDatabase&)> work);

  std::string m_dir;
  ShardWriters m_writers;
  std::optional<Xapian::WritableDatabase> m_combined;  // database(), while stopped
  ClusterView m_view{m_dir, m_writers};
  NearDupClusters m_clusters{m_view};
  // This batch only (cleared by commit()): the files written, and the source file and
  // article id of each document written (an empty file when deleted).
  std::map<std::string, BatchFile> m_batch_files;
  std::map<Xapian::docid, std::pair<std::string, std::string>> m_batch_owners;
  std::map<std::string, std::string> m_collections;  // name -> folder
  std::map<std::string, std::string> m_failures;     // source file -> "size:mtime_ns"
  std::set<std::string> m_partial;                   // files marked as written in part
  std::vector<std::string> m_unmark;                 // marks to clear after the next commit
  PendingBatch m_pending;
  std::size_t m_indexed = 0;  // documents committed, when the batch began
  schema::SpellingCounts m_spelling;
  std::vector<Xapian::docid> m_written;
  catalogue::DisplayNames m_entity_names;
};

}  // namespace news
