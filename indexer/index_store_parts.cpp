// IndexStore: files written in parts (archives larger than one part), and their marks.
#include <utility>

#include "fields.hpp"
#include "index_store.hpp"
#include "shards.hpp"

namespace news {
namespace {

std::string partial_key(const std::string& source_file) {
  return schema::bounded_term(schema::kPartialKeyPrefix, source_file);
}

}  // namespace

using schema::DocumentCodec;

std::size_t IndexStore::put_part(const std::string& source_file, const std::string& collection,
                                 const FileStamp& stamp, const std::vector<Article>& articles,
                                 std::vector<Xapian::Document>& documents,
                                 const std::vector<std::string>& spelling_words) {
  if (!m_partial.contains(source_file)) {
    mark_partial(source_file);
  }
  const std::size_t shard = schema::shard_of(source_file, m_writers.count());
  BatchFile& batch = batch_file(source_file, stamp, collection);
  std::size_t added = 0;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    added += m_view.find(articles[i].id) ? 0 : 1;
    write_article(source_file, articles[i], std::move(documents.at(i)), shard, batch);
  }
  end_put(articles.size(), spelling_words);
  return added;
}

std::size_t IndexStore::finish_parts(const std::string& source_file, const FileStamp& stamp) {
  std::vector<std::pair<Xapian::docid, std::string>> gone;
  const Xapian::Database& db = m_view.reader();
  const std::string term = DocumentCodec::source_file_term(source_file);
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    if (m_batch_owners.contains(*it)) {
      continue;  // written by a part in this batch (or deleted)
    }
    const Xapian::Document doc = db.get_document(*it, Xapian::DOC_ASSUME_VALID);
    if (DocumentCodec::from_source_file(doc, source_file) &&
        DocumentCodec::decode_stamp(doc).content_hash != stamp.content_hash) {
      gone.emplace_back(*it, DocumentCodec::article_id(doc));
    }
  }
  for (const auto& [docid, id] : gone) {
    m_clusters.remove(id);
    m_batch_owners[docid] = {std::string(), id};
  }
  m_clusters.settle();
  m_pending.changes += gone.size();
  unmark_after_commit(source_file);
  return gone.size();
}

void IndexStore::mark_partial(const std::string& source_file) {
  m_partial.insert(source_file);
  post(0, [key = partial_key(source_file), source_file](Xapian::WritableDatabase& db) {
    db.set_metadata(key, source_file);
  });
  ++m_pending.changes;
  commit();  // before any part, in whatever shard the file's articles go
}

void IndexStore::unmark_after_commit(const std::string& source_file) {
  m_unmark.push_back(source_file);
}

// After a commit round: the files finished before it have their last articles committed
// in every shard; their marks go with the next round.
void IndexStore::clear_finished_marks() {
  for (const std::string& file : std::exchange(m_unmark, {})) {
    m_partial.erase(file);
    post(0, [key = partial_key(file)](Xapian::WritableDatabase& db) { db.set_metadata(key, ""); });
    ++m_pending.changes;
  }
}

}  // namespace news
