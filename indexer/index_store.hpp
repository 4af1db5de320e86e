// The index as newsindex writes it: what each source file contributed last time, and
// replacing, adding and deleting its articles in batched commits.
//
// What a source file contributed is read from the index when asked (its source-file term
// and the values of its documents), not held in memory: the store's memory does not grow
// with the number of files or articles in the index (docs/benchmarks.md, archive scale).
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
#include "document_codec.hpp"
#include "near_dup_clusters.hpp"
#include "spelling_data.hpp"

namespace news {

class IndexStore {
 public:
  // Opens (or creates) the index and its collections and failures. Throws Error(kDatabase).
  explicit IndexStore(const std::string& dir);
  // Xapian commits what is pending when the database closes: the counted spelling words
  // go with it.
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

  // Records a new size/mtime for a file whose content did not change.
  void restamp_file(const std::string& source_file, const FileStamp& stamp);

  // Deletes every article of a source file, re-assigning the clusters they headed; returns
  // how many were deleted.
  std::size_t remove_file(const std::string& source_file);

  // Source files of one of `collections` that are not in `seen`, in id order.
  std::vector<std::string> files_missing_under(const std::vector<std::string>& collections,
                                               const std::set<std::string>& seen) const;
  // The same with `seen` as a test, so that the caller need not hold a set of every file.
  std::vector<std::string> files_missing_under(
      const std::vector<std::string>& collections,
      const std::function<bool(const std::string&)>& seen) const;

  // Commits when `batch_size` changes are pending (or always when force).
  void commit_if_due(std::size_t batch_size, bool force = false);
  // Commits whatever was written, through the store or its database() (the catalogue).
  void commit();

  Xapian::doccount document_count() const { return m_db.get_doccount(); }

  // Documents written since the store was opened, and the display forms of their
  // entities: what the entity catalogue links at the end of the run.
  const std::vector<Xapian::docid>& written() const { return m_written; }
  const catalogue::DisplayNames& entity_names() const { return m_entity_names; }

  Xapian::WritableDatabase& database() { return m_db; }

 private:
  void load_metadata();
  // The documents of a source file with their article ids (its term's postings whose
  // source-file value is the file: a bounded term may be shared).
  std::vector<std::pair<Xapian::docid, std::string>> file_articles(
      const std::string& source_file) const;
  // Calls `visit` with the id of every source file of `collection` the index holds.
  void for_each_file(const std::string& collection,
                     const std::function<void(const std::string&)>& visit) const;

  std::string m_dir;
  Xapian::WritableDatabase m_db;
  NearDupClusters m_clusters{m_db};
  std::map<std::string, std::string> m_collections;  // name -> folder
  std::map<std::string, std::string> m_failures;     // source file -> "size:mtime_ns"
  std::size_t m_pending = 0;
  schema::SpellingCounts m_spelling;
  std::vector<Xapian::docid> m_written;
  catalogue::DisplayNames m_entity_names;
};

}  // namespace news
