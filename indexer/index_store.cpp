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
  load_metadata();
  m_indexed = m_view.document_count();
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
  return m_combined ? m_combined->get_doccount() : m_view.document_count();
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
  const std::string partial(schema::kPartialKeyPrefix);
  for (auto it = db.metadata_keys_begin(partial); it != db.metadata_keys_end(partial); ++it) {
    m_partial.insert(db.get_metadata(*it));
  }
}

void IndexStore::set_collection(const std::string& name, const std::string& root) {
  post(0, [key = std::string(schema::kCollectionKeyPrefix) + name,
           root](Xapian::WritableDatabase& db) { db.set_metadata(key, root); });
  m_collections[name] = root;
  ++m_pending.changes;
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
  ++m_pending.changes;
}

void IndexStore::forget_failure(const std::string& source_file) {
  if (m_failures.erase(source_file) > 0) {
    post(0, [key = failure_key(source_file)](Xapian::WritableDatabase& db) {
      db.set_metadata(key, "");
    });
    ++m_pending.changes;
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
  const Xapian::Database& db = m_view.reader();
  const std::string term = DocumentCodec::source_file_term(source_file);
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    if (m_batch_owners.contains(*it)) {
      continue;  // written or deleted in this batch: its committed version is out of date
    }
    const Xapian::Document doc = db.get_document(*it, Xapian::DOC_ASSUME_VALID);
    if (DocumentCodec::from_source_file(doc, source_file)) {
      out.emplace_back(*it, DocumentCodec::article_id(doc));
    }
  }
  if (const auto batch = m_batch_files.find(source_file); batch != m_batch_files.end()) {
    for (const Xapian::docid docid : batch->second.documents) {
      const auto owner = m_batch_owners.find(docid);
      if (owner != m_batch_owners.end() && owner->second.first == source_file) {
        out.emplace_back(docid, owner->second.second);
      }
    }
    std::sort(out.begin(), out.end());
  }
  return out;
}

void IndexStore::for_each_file(const std::string& collection,
                               const std::function<void(const std::string&)>& visit) const {
  const auto visit_committed = [&](const std::string& file) {
    if (!m_batch_files.contains(file)) {
      visit(file);  // the files of this batch are visited below, when they still hold any
    }
  };
  const Xapian::Database& db = m_view.reader();
  const std::string start = DocumentCodec::source_file_terms_of(collection);
  for (auto it = db.allterms_begin(start); it != db.allterms_end(start); ++it) {
    const std::string file = DocumentCodec::file_id_of_term(*it);
    if (!file.empty()) {
      visit_committed(file);
      continue;
    }
    // A bounded term: the files sharing it are named by their documents.
    std::set<std::string> files;
    for (auto p = db.postlist_begin(*it); p != db.postlist_end(*it); ++p) {
      files.insert(DocumentCodec::source_file_of(db.get_document(*p, Xapian::DOC_ASSUME_VALID)));
    }
    for (const std::string& f : files) {
      visit_committed(f);
    }
  }
  for (const auto& [file, batch] : m_batch_files) {
    if (batch.collection == collection && !file_articles(file).empty()) {
      visit(file);
    }
  }
}

std::size_t IndexStore::files_in_collection(const std::string& name) const {
  std::size_t count = 0;
  for_each_file(name, [&](const std::string&) { ++count; });
  return count;
}

std::optional<IndexStore::FileState> IndexStore::file_state(const std::string& source_file) const {
  std::optional<FileState> state = recorded_state(source_file);
  if (state && m_partial.contains(source_file)) {
    state->stamp = FileStamp{};  // written in part: matches no file, known hash none
  }
  return state;
}

std::string IndexStore::collection_of(const std::string& source_file) const {
  std::string best = source_file.substr(0, source_file.find('/'));
  for (const auto& [name, folder] : m_collections) {
    if (name.size() > best.size() && source_file.starts_with(name + "/")) {
      best = name;  // a name given with --collection may hold a '/'
    }
  }
  return best;
}

std::optional<IndexStore::FileState> IndexStore::recorded_state(
    const std::string& source_file) const {
  if (const auto batch = m_batch_files.find(source_file); batch != m_batch_files.end()) {
    const std::size_t count = file_articles(source_file).size();
    if (count == 0) {
      return std::nullopt;
    }
    return FileState{batch->second.stamp, batch->second.collection, count};
  }
  const Xapian::Database& db = m_view.reader();
  const std::string term = DocumentCodec::source_file_term(source_file);
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    const Xapian::Document doc = db.get_document(*it, Xapian::DOC_ASSUME_VALID);
    if (m_batch_owners.contains(*it) || !DocumentCodec::from_source_file(doc, source_file)) {
      continue;  // gone to another file in this batch, or another file's bounded term
    }
    FileState state{DocumentCodec::decode_stamp(doc), collection_of(source_file), 0};
    state.article_count = db.get_termfreq(term) == 1 ? 1 : file_articles(source_file).size();
    return state;
  }
  return std::nullopt;
}

IndexStore::BatchFile& IndexStore::batch_file(const std::string& source_file,
                                              const FileStamp& stamp,
                                              const std::string& collection) {
  BatchFile& batch = m_batch_files[source_file];
  batch.stamp = stamp;
  batch.collection = collection;
  return batch;
}

void IndexStore::end_put(std::size_t articles, const std::vector<std::string>& spelling_words) {
  m_clusters.settle();
  m_spelling.add(spelling_words);
  m_pending.changes += articles + 1;
}

void IndexStore::write_article(const std::string& source_file, const Article& article,
                               Xapian::Document doc, std::size_t shard, BatchFile& batch) {
  m_pending.postings += doc.termlist_count();
  const Xapian::docid docid = m_clusters.put(article.id, std::move(doc), shard);
  m_written.push_back(docid);
  batch.documents.insert(docid);
  m_batch_owners[docid] = {source_file, article.id};
  std::size_t f = 0;
  for (const auto* names : {&article.persons, &article.orgs, &article.places}) {
    for (const std::string& name : *names) {
      catalogue::add_display_name(m_entity_names[f], name);
    }
    ++f;
  }
}

std::size_t IndexStore::put_file(const std::string& source_file, const std::string& collection,
                                 const FileStamp& stamp, const std::vector<Article>& articles,
                                 std::vector<Xapian::Document>& documents,
                                 const std::vector<std::string>& spelling_words) {
  std::map<std::string, Xapian::docid> gone;
  for (auto& [docid, id] : file_articles(source_file)) {
    gone.emplace(std::move(id), docid);
  }
  const std::size_t shard = schema::shard_of(source_file, m_writers.count());
  BatchFile& batch = batch_file(source_file, stamp, collection);
  std::size_t added = 0;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    added += gone.erase(articles[i].id) > 0 ? 0 : 1;
    write_article(source_file, articles[i], std::move(documents.at(i)), shard, batch);
  }
  for (const auto& [id, docid] : gone) {
    m_clusters.remove(id);
    m_batch_owners[docid] = {std::string(), id};
  }
  end_put(articles.size(), spelling_words);
  if (m_partial.contains(source_file)) {
    unmark_after_commit(source_file);  // written in part by a run stopped; now whole
  }
  return added;
}

void IndexStore::restamp_file(const std::string& source_file, const FileStamp& stamp) {
  const std::optional<FileState> state = file_state(source_file);
  if (!state) {
    return;
  }
  BatchFile& batch = batch_file(source_file, stamp, state->collection);
  std::map<std::size_t, std::vector<Xapian::docid>> by_shard;  // shard -> its own docids
  for (auto& [docid, id] : file_articles(source_file)) {
    batch.documents.insert(docid);
    m_batch_owners[docid] = {source_file, std::move(id)};
    by_shard[m_view.shard_of(docid)].push_back(m_view.local_docid(docid));
  }
  for (auto& [shard, docids] : by_shard) {
    post(shard, [docids = std::move(docids), stamp](Xapian::WritableDatabase& db) {
      for (const Xapian::docid docid : docids) {
        Xapian::Document doc = db.get_document(docid);
        DocumentCodec::restamp(doc, stamp.size, stamp.mtime_ns);
        db.replace_document(docid, doc);
      }
    });
  }
  ++m_pending.changes;
}

std::size_t IndexStore::remove_file(const std::string& source_file) {
  const auto articles = file_articles(source_file);
  for (const auto& [docid, id] : articles) {
    m_clusters.remove(id);
    m_batch_owners[docid] = {std::string(), id};
  }
  m_clusters.settle();
  m_batch_files[source_file].documents.clear();
  m_pending.changes += articles.size();
  if (m_partial.contains(source_file)) {
    unmark_after_commit(source_file);
  }
  return articles.size();
}

std::vector<std::string> IndexStore::files_missing_under(
    const std::vector<std::string>& collections,
    const std::function<bool(const std::string&)>& seen) const {
  std::vector<std::string> missing;
  for (const std::string& collection : collections) {
    const std::size_t from = missing.size();
    for_each_file(collection, [&](const std::string& file) {
      if (!seen(file)) {
        missing.push_back(file);
      }
    });
    std::sort(missing.begin() + std::ptrdiff_t(from), missing.end());
  }
  return missing;
}

void IndexStore::commit_if_due(std::size_t batch_size, bool force) {
  if (m_pending.changes == 0 ||
      (!force && !CommitPolicy(batch_size).due(m_pending, m_indexed, m_writers.count()))) {
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
  m_batch_files.clear();
  m_batch_owners.clear();
  m_pending = PendingBatch();
  m_indexed = m_view.document_count();
  clear_finished_marks();
}

std::pair<std::uintmax_t, std::uintmax_t> IndexStore::compact() {
  commit_if_due(1, /*force=*/true);
  return schema::compact_index(m_dir, database());
}

}  // namespace news
