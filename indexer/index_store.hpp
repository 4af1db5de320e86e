// The index as newsindex writes it: what each source file contributed last time, and
// replacing, adding and deleting its articles in batched commits.
#pragma once

#include <xapian.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "article.hpp"
#include "catalogue/catalogue.hpp"
#include "document_codec.hpp"

namespace news {

class IndexStore {
 public:
  // Opens (or creates) the index and loads the per-file state. Throws Error(kDatabase).
  explicit IndexStore(const std::string& dir);

  struct FileState {
    FileStamp stamp;
    std::string root;  // folder input the file was indexed under
    std::set<std::string> article_ids;
  };

  // What the index holds for a source file, or nullptr when it holds nothing.
  const FileState* file_state(const std::string& source_file) const;

  // Replaces the articles of one source file with `articles`, encoded as `documents` (one
  // each, by schema::DocumentCodec); articles of the file that are no longer there are
  // deleted. Returns how many articles were new to the index.
  std::size_t put_file(const std::string& source_file, const std::string& root,
                       const FileStamp& stamp, const std::vector<Article>& articles,
                       std::vector<Xapian::Document>& documents);

  // Records a new size/mtime for a file whose content did not change.
  void restamp_file(const std::string& source_file, const FileStamp& stamp);

  // Deletes every article of a source file; returns how many were deleted.
  std::size_t remove_file(const std::string& source_file);

  // Source files indexed under one of `roots` that are not in `seen`.
  std::vector<std::string> files_missing_under(const std::vector<std::string>& roots,
                                               const std::set<std::string>& seen) const;

  // Commits when `batch_size` changes are pending (or always when force).
  void commit_if_due(std::size_t batch_size, bool force = false);

  Xapian::doccount document_count() const { return m_db.get_doccount(); }

  // Documents written since the store was opened, and the display forms of their
  // entities: what the entity catalogue links at the end of the run.
  const std::vector<Xapian::docid>& written() const { return m_written; }
  const catalogue::DisplayNames& entity_names() const { return m_entity_names; }

  Xapian::WritableDatabase& database() { return m_db; }

 private:
  void load_state();

  Xapian::WritableDatabase m_db;
  std::map<std::string, FileState> m_files;
  std::size_t m_pending = 0;
  std::vector<Xapian::docid> m_written;
  catalogue::DisplayNames m_entity_names;
};

}  // namespace news
