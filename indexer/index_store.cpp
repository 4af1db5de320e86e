#include "index_store.hpp"

#include <algorithm>

#include "database.hpp"
#include "error.hpp"
#include "fields.hpp"
#include "spelling_data.hpp"

namespace news {

using schema::DocumentCodec;

IndexStore::IndexStore(const std::string& dir) : m_db(schema::open_for_writing(dir)) {
  load_state();
}

void IndexStore::load_state() {
  // One pass over the stored values; documents are not read. Indexes written by this
  // schema always have these slots.
  for (auto it = m_db.valuestream_begin(schema::slot::kSourceFile);
       it != m_db.valuestream_end(schema::slot::kSourceFile); ++it) {
    const Xapian::Document doc = m_db.get_document(it.get_docid(), Xapian::DOC_ASSUME_VALID);
    FileState& state = m_files[*it];
    state.stamp = DocumentCodec::decode_stamp(doc);
    state.root = doc.get_value(schema::slot::kRoot);
    state.article_ids.insert(doc.get_value(schema::slot::kId));
  }
}

const IndexStore::FileState* IndexStore::file_state(const std::string& source_file) const {
  const auto it = m_files.find(source_file);
  return it == m_files.end() ? nullptr : &it->second;
}

std::size_t IndexStore::put_file(const std::string& source_file, const std::string& root,
                                 const FileStamp& stamp, const std::vector<Article>& articles,
                                 std::vector<Xapian::Document>& documents) {
  FileState& state = m_files[source_file];
  std::set<std::string> fresh;
  std::size_t added = 0;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const Article& a = articles[i];
    Xapian::Document& doc = documents.at(i);
    doc.add_value(schema::slot::kRoot, root);
    added += state.article_ids.contains(a.id) ? 0 : 1;
    m_db.replace_document(DocumentCodec::id_term(a.id), doc);
    schema::add_spelling_data(m_db, doc);
    fresh.insert(a.id);
  }
  for (const std::string& id : state.article_ids) {
    if (!fresh.contains(id)) {
      m_db.delete_document(DocumentCodec::id_term(id));
    }
  }
  state.stamp = stamp;
  state.root = root;
  state.article_ids = std::move(fresh);
  m_pending += articles.size() + 1;
  return added;
}

void IndexStore::restamp_file(const std::string& source_file, const FileStamp& stamp) {
  FileState& state = m_files[source_file];
  for (const std::string& id : state.article_ids) {
    const std::string term = DocumentCodec::id_term(id);
    Xapian::PostingIterator p = m_db.postlist_begin(term);
    if (p == m_db.postlist_end(term)) {
      continue;
    }
    Xapian::Document doc = m_db.get_document(*p);
    doc.add_value(schema::slot::kFileStamp,
                  std::to_string(stamp.size) + ":" + std::to_string(stamp.mtime_ns));
    m_db.replace_document(*p, doc);
  }
  state.stamp = stamp;
  ++m_pending;
}

std::size_t IndexStore::remove_file(const std::string& source_file) {
  const auto it = m_files.find(source_file);
  if (it == m_files.end()) {
    return 0;
  }
  const std::size_t count = it->second.article_ids.size();
  m_db.delete_document(DocumentCodec::source_file_term(source_file));
  m_files.erase(it);
  m_pending += count;
  return count;
}

std::vector<std::string> IndexStore::files_missing_under(const std::vector<std::string>& roots,
                                                         const std::set<std::string>& seen) const {
  std::vector<std::string> missing;
  for (const auto& [file, state] : m_files) {
    const bool under = std::find(roots.begin(), roots.end(), state.root) != roots.end();
    if (under && !seen.contains(file)) {
      missing.push_back(file);
    }
  }
  return missing;
}

void IndexStore::commit_if_due(std::size_t batch_size, bool force) {
  if (m_pending == 0 || (!force && m_pending < batch_size)) {
    return;
  }
  schema::commit(m_db);
  m_pending = 0;
}

}  // namespace news
