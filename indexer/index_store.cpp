#include "index_store.hpp"

#include <algorithm>

#include "database.hpp"
#include "error.hpp"
#include "fields.hpp"

namespace news {

using schema::DocumentCodec;

namespace {

std::string stamp_text(std::uint64_t size, std::int64_t mtime_ns) {
  return std::to_string(size) + ":" + std::to_string(mtime_ns);
}

std::string failure_key(const std::string& source_file) {
  return schema::bounded_term(schema::kFailureKeyPrefix, source_file);
}

}  // namespace

IndexStore::IndexStore(const std::string& dir) : m_dir(dir), m_db(schema::open_for_writing(dir)) {
  load_metadata();
}

IndexStore::~IndexStore() {
  try {
    m_spelling.write_to(m_db);
  } catch (const Xapian::Error&) {
    // the database is failing: what it commits on closing is lost as well
  }
}

void IndexStore::load_metadata() {
  const std::string collections(schema::kCollectionKeyPrefix);
  for (auto it = m_db.metadata_keys_begin(collections); it != m_db.metadata_keys_end(collections);
       ++it) {
    m_collections[(*it).substr(collections.size())] = m_db.get_metadata(*it);
  }
  const std::string failures(schema::kFailureKeyPrefix);
  for (auto it = m_db.metadata_keys_begin(failures); it != m_db.metadata_keys_end(failures); ++it) {
    const std::string value = m_db.get_metadata(*it);
    const std::size_t newline = value.find('\n');
    if (newline != std::string::npos) {
      m_failures[value.substr(newline + 1)] = value.substr(0, newline);
    }
  }
}

void IndexStore::set_collection(const std::string& name, const std::string& root) {
  m_db.set_metadata(std::string(schema::kCollectionKeyPrefix) + name, root);
  m_collections[name] = root;
  ++m_pending;
}

bool IndexStore::is_known_failure(const std::string& source_file, std::uint64_t size,
                                  std::int64_t mtime_ns) const {
  const auto it = m_failures.find(source_file);
  return it != m_failures.end() && it->second == stamp_text(size, mtime_ns);
}

void IndexStore::remember_failure(const std::string& source_file, std::uint64_t size,
                                  std::int64_t mtime_ns) {
  const std::string stamp = stamp_text(size, mtime_ns);
  m_db.set_metadata(failure_key(source_file), stamp + "\n" + source_file);
  m_failures[source_file] = stamp;
  ++m_pending;
}

void IndexStore::forget_failure(const std::string& source_file) {
  if (m_failures.erase(source_file) > 0) {
    m_db.set_metadata(failure_key(source_file), "");
    ++m_pending;
  }
}

std::vector<std::string> IndexStore::failures_missing_under(
    const std::vector<std::string>& collections,
    const std::function<bool(const std::string&)>& seen) const {
  std::vector<std::string> missing;
  for (const auto& [file, stamp] : m_failures) {
    const std::string collection = file.substr(0, file.find('/'));
    const bool under =
        std::find(collections.begin(), collections.end(), collection) != collections.end();
    if (under && !seen(file)) {
      missing.push_back(file);
    }
  }
  return missing;
}

std::vector<std::pair<Xapian::docid, std::string>> IndexStore::file_articles(
    const std::string& source_file) const {
  std::vector<std::pair<Xapian::docid, std::string>> out;
  const std::string term = DocumentCodec::source_file_term(source_file);
  for (auto it = m_db.postlist_begin(term); it != m_db.postlist_end(term); ++it) {
    const Xapian::Document doc = m_db.get_document(*it, Xapian::DOC_ASSUME_VALID);
    if (doc.get_value(schema::slot::kSourceFile) == source_file) {
      out.emplace_back(*it, doc.get_value(schema::slot::kId));
    }
  }
  return out;
}

void IndexStore::for_each_file(const std::string& collection,
                               const std::function<void(const std::string&)>& visit) const {
  const std::string start = DocumentCodec::source_file_terms_of(collection);
  for (auto it = m_db.allterms_begin(start); it != m_db.allterms_end(start); ++it) {
    const std::string file = DocumentCodec::file_id_of_term(*it);
    if (!file.empty()) {
      visit(file);
      continue;
    }
    // A bounded term: the files sharing it are named by their documents.
    std::set<std::string> files;
    for (auto p = m_db.postlist_begin(*it); p != m_db.postlist_end(*it); ++p) {
      files.insert(
          m_db.get_document(*p, Xapian::DOC_ASSUME_VALID).get_value(schema::slot::kSourceFile));
    }
    for (const std::string& f : files) {
      visit(f);
    }
  }
}

std::size_t IndexStore::files_in_collection(const std::string& name) const {
  std::size_t count = 0;
  for_each_file(name, [&](const std::string&) { ++count; });
  return count;
}

std::optional<IndexStore::FileState> IndexStore::file_state(const std::string& source_file) const {
  const std::string term = DocumentCodec::source_file_term(source_file);
  for (auto it = m_db.postlist_begin(term); it != m_db.postlist_end(term); ++it) {
    const Xapian::Document doc = m_db.get_document(*it, Xapian::DOC_ASSUME_VALID);
    if (doc.get_value(schema::slot::kSourceFile) != source_file) {
      continue;  // another file whose long id bounds to the same term
    }
    FileState state{DocumentCodec::decode_stamp(doc), doc.get_value(schema::slot::kRoot), 0};
    state.article_count = m_db.get_termfreq(term) == 1 ? 1 : file_articles(source_file).size();
    return state;
  }
  return std::nullopt;
}

std::size_t IndexStore::put_file(const std::string& source_file, const std::string& collection,
                                 const FileStamp& /*stamp: encoded with each document*/,
                                 const std::vector<Article>& articles,
                                 std::vector<Xapian::Document>& documents,
                                 const std::vector<std::string>& spelling_words) {
  std::set<std::string> old;
  for (auto& [docid, id] : file_articles(source_file)) {
    old.insert(std::move(id));
  }
  std::set<std::string> gone = old;
  std::size_t added = 0;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const Article& a = articles[i];
    Xapian::Document& doc = documents.at(i);
    doc.add_value(schema::slot::kRoot, collection);
    added += old.contains(a.id) ? 0 : 1;
    gone.erase(a.id);
    m_written.push_back(m_clusters.put(a.id, doc));
    std::size_t f = 0;
    for (const auto* names : {&a.persons, &a.orgs, &a.places}) {
      for (const std::string& name : *names) {
        catalogue::add_display_name(m_entity_names[f], name);
      }
      ++f;
    }
  }
  for (const std::string& id : gone) {
    m_clusters.remove(id);
  }
  m_clusters.settle();
  m_spelling.add(spelling_words);
  m_pending += articles.size() + 1;
  return added;
}

void IndexStore::restamp_file(const std::string& source_file, const FileStamp& stamp) {
  for (const auto& [docid, id] : file_articles(source_file)) {
    Xapian::Document doc = m_db.get_document(docid);
    doc.add_value(schema::slot::kFileStamp, stamp_text(stamp.size, stamp.mtime_ns));
    m_db.replace_document(docid, doc);
  }
  ++m_pending;
}

std::size_t IndexStore::remove_file(const std::string& source_file) {
  const auto articles = file_articles(source_file);
  for (const auto& [docid, id] : articles) {
    m_clusters.remove(id);
  }
  m_clusters.settle();
  m_pending += articles.size();
  return articles.size();
}

std::vector<std::string> IndexStore::files_missing_under(
    const std::vector<std::string>& collections, const std::set<std::string>& seen) const {
  return files_missing_under(collections,
                             [&](const std::string& file) { return seen.contains(file); });
}

std::vector<std::string> IndexStore::files_missing_under(
    const std::vector<std::string>& collections,
    const std::function<bool(const std::string&)>& seen) const {
  std::vector<std::string> missing;
  for (const std::string& collection : collections) {
    for_each_file(collection, [&](const std::string& file) {
      if (!seen(file)) {
        missing.push_back(file);
      }
    });
  }
  return missing;
}

void IndexStore::commit_if_due(std::size_t batch_size, bool force) {
  if (m_pending == 0 || (!force && m_pending < batch_size)) {
    return;
  }
  commit();
}

void IndexStore::commit() {
  m_spelling.write_to(m_db);
  schema::commit(m_db, m_dir);
  m_pending = 0;
}

std::pair<std::uintmax_t, std::uintmax_t> IndexStore::compact() {
  commit_if_due(1, /*force=*/true);
  return schema::compact_index(m_dir, m_db);
}

}  // namespace news
