#include "index_store.hpp"

#include <algorithm>

#include "database.hpp"
#include "error.hpp"
#include "fields.hpp"
#include "shards.hpp"

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

IndexStore::IndexStore(const std::string& dir, std::size_t shards)
    : m_dir(dir), m_writers(schema::open_shards_for_writing(dir, shards)) {
  load_state();
  load_metadata();
}

IndexStore::~IndexStore() {
  try {
    m_writers.stop();
    m_combined.reset();
    m_spelling.write_to(m_writers.shard(0));
  } catch (const Xapian::Error&) {
    // the database is failing: what it commits on closing is lost as well
  } catch (const Error&) {
    // a writer failed: the error was reported where it was met
  }
}

void IndexStore::post(std::size_t shard, std::function<void(Xapian::WritableDatabase&)> work) {
  m_writers.post(shard, ShardJob{0, {}, std::move(work)});
}

void IndexStore::start_writers() {
  m_combined.reset();  // shares the shards' handles: never beside a running writer
  m_writers.start();
}

Xapian::WritableDatabase& IndexStore::database() {
  m_writers.stop();
  if (!m_combined) {
    m_combined.emplace();
    for (std::size_t k = 0; k < m_writers.count(); ++k) {
      m_combined->add_database(m_writers.shard(k));
    }
  }
  return *m_combined;
}

const Xapian::Database& IndexStore::committed_database() {
  commit();
  return m_view.reader();
}

Xapian::doccount IndexStore::document_count() const {
  return m_combined ? m_combined->get_doccount() : m_view.reader().get_doccount();
}

void IndexStore::load_metadata() {
  const Xapian::Database& db = m_view.reader();
  const std::string collections(schema::kCollectionKeyPrefix);
  for (auto it = db.metadata_keys_begin(collections); it != db.metadata_keys_end(collections);
       ++it) {
    m_collections[(*it).substr(collections.size())] = db.get_metadata(*it);
  }
  const std::string failures(schema::kFailureKeyPrefix);
  for (auto it = db.metadata_keys_begin(failures); it != db.metadata_keys_end(failures); ++it) {
    const std::string value = db.get_metadata(*it);
    const std::size_t newline = value.find('\n');
    if (newline != std::string::npos) {
      m_failures[value.substr(newline + 1)] = value.substr(0, newline);
    }
  }
}

void IndexStore::set_collection(const std::string& name, const std::string& root) {
  post(0, [key = std::string(schema::kCollectionKeyPrefix) + name,
           root](Xapian::WritableDatabase& db) { db.set_metadata(key, root); });
  m_collections[name] = root;
  ++m_pending;
}

std::size_t IndexStore::files_in_collection(const std::string& name) const {
  return std::size_t(std::count_if(m_files.begin(), m_files.end(),
                                   [&](const auto& f) { return f.second.collection == name; }));
}

bool IndexStore::is_known_failure(const std::string& source_file, std::uint64_t size,
                                  std::int64_t mtime_ns) const {
  const auto it = m_failures.find(source_file);
  return it != m_failures.end() && it->second == stamp_text(size, mtime_ns);
}

void IndexStore::remember_failure(const std::string& source_file, std::uint64_t size,
                                  std::int64_t mtime_ns) {
  const std::string stamp = stamp_text(size, mtime_ns);
  post(0, [key = failure_key(source_file), value = stamp + "\n" + source_file](
              Xapian::WritableDatabase& db) { db.set_metadata(key, value); });
  m_failures[source_file] = stamp;
  ++m_pending;
}

void IndexStore::forget_failure(const std::string& source_file) {
  if (m_failures.erase(source_file) > 0) {
    post(0, [key = failure_key(source_file)](Xapian::WritableDatabase& db) {
      db.set_metadata(key, "");
    });
    ++m_pending;
  }
}

std::vector<std::string> IndexStore::failures_missing_under(
    const std::vector<std::string>& collections, const std::set<std::string>& seen) const {
  std::vector<std::string> missing;
  for (const auto& [file, stamp] : m_failures) {
    const std::string collection = file.substr(0, file.find('/'));
    const bool under =
        std::find(collections.begin(), collections.end(), collection) != collections.end();
    if (under && !seen.contains(file)) {
      missing.push_back(file);
    }
  }
  return missing;
}

void IndexStore::load_state() {
  // One pass over the stored values; documents are not read. Indexes written by this
  // schema always have these slots.
  const Xapian::Database& db = m_view.reader();
  for (auto it = db.valuestream_begin(schema::slot::kSourceFile);
       it != db.valuestream_end(schema::slot::kSourceFile); ++it) {
    const Xapian::Document doc = db.get_document(it.get_docid(), Xapian::DOC_ASSUME_VALID);
    FileState& state = m_files[*it];
    state.stamp = DocumentCodec::decode_stamp(doc);
    state.collection = doc.get_value(schema::slot::kRoot);
    state.article_ids.insert(doc.get_value(schema::slot::kId));
  }
}

const IndexStore::FileState* IndexStore::file_state(const std::string& source_file) const {
  const auto it = m_files.find(source_file);
  return it == m_files.end() ? nullptr : &it->second;
}

std::size_t IndexStore::put_file(const std::string& source_file, const std::string& collection,
                                 const FileStamp& stamp, const std::vector<Article>& articles,
                                 std::vector<Xapian::Document>& documents,
                                 const std::vector<std::string>& spelling_words) {
  FileState& state = m_files[source_file];
  const std::size_t shard = schema::shard_of(source_file, m_writers.count());
  std::set<std::string> fresh;
  std::size_t added = 0;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const Article& a = articles[i];
    Xapian::Document& doc = documents.at(i);
    doc.add_value(schema::slot::kRoot, collection);
    added += state.article_ids.contains(a.id) ? 0 : 1;
    m_written.push_back(m_clusters.put(a.id, std::move(doc), shard));
    fresh.insert(a.id);
    std::size_t f = 0;
    for (const auto* names : {&a.persons, &a.orgs, &a.places}) {
      for (const std::string& name : *names) {
        catalogue::add_display_name(m_entity_names[f], name);
      }
      ++f;
    }
  }
  for (const std::string& id : state.article_ids) {
    if (!fresh.contains(id)) {
      m_clusters.remove(id);
    }
  }
  m_clusters.settle();
  m_spelling.add(spelling_words);
  state.stamp = stamp;
  state.collection = collection;
  state.article_ids = std::move(fresh);
  m_pending += articles.size() + 1;
  return added;
}

void IndexStore::restamp_file(const std::string& source_file, const FileStamp& stamp) {
  FileState& state = m_files[source_file];
  std::vector<std::string> terms;
  for (const std::string& id : state.article_ids) {
    terms.push_back(DocumentCodec::id_term(id));
  }
  post(schema::shard_of(source_file, m_writers.count()),
       [terms = std::move(terms),
        value = stamp_text(stamp.size, stamp.mtime_ns)](Xapian::WritableDatabase& db) {
         for (const std::string& term : terms) {
           Xapian::PostingIterator p = db.postlist_begin(term);
           if (p != db.postlist_end(term)) {
             Xapian::Document doc = db.get_document(*p);
             doc.add_value(schema::slot::kFileStamp, value);
             db.replace_document(*p, doc);
           }
         }
       });
  state.stamp = stamp;
  ++m_pending;
}

std::size_t IndexStore::remove_file(const std::string& source_file) {
  const auto it = m_files.find(source_file);
  if (it == m_files.end()) {
    return 0;
  }
  const std::size_t count = it->second.article_ids.size();
  for (const std::string& id : it->second.article_ids) {
    m_clusters.remove(id);
  }
  m_clusters.settle();
  post(schema::shard_of(source_file, m_writers.count()),
       [term = DocumentCodec::source_file_term(source_file)](Xapian::WritableDatabase& db) {
         db.delete_document(term);
       });
  m_files.erase(it);
  m_pending += count;
  return count;
}

std::vector<std::string> IndexStore::files_missing_under(
    const std::vector<std::string>& collections, const std::set<std::string>& seen) const {
  std::vector<std::string> missing;
  for (const auto& [file, state] : m_files) {
    const bool under =
        std::find(collections.begin(), collections.end(), state.collection) != collections.end();
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
  commit();
}

// A commit round: every shard commits (shard 0 with the spelling words), then the
// coordinating thread reads the shards again.
void IndexStore::commit() {
  auto spelling = std::make_shared<schema::SpellingCounts>(std::move(m_spelling));
  m_spelling = schema::SpellingCounts();
  for (std::size_t k = 0; k < m_writers.count(); ++k) {
    post(k, [k, spelling, dir = m_dir](Xapian::WritableDatabase& db) {
      if (k == 0) {
        spelling->write_to(db);
      }
      schema::commit_shard(db, dir, k);
    });
  }
  m_writers.wait();
  m_view.committed();
  m_pending = 0;
}

std::pair<std::uintmax_t, std::uintmax_t> IndexStore::compact() {
  commit_if_due(1, /*force=*/true);
  return schema::compact_index(m_dir, database());
}

}  // namespace news
