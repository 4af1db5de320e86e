#include "cluster_view.hpp"

#include <future>
#include <memory>

#include "database.hpp"
#include "document_codec.hpp"
#include "fields.hpp"
#include "near_duplicates.hpp"

namespace news {

namespace sc = news::schema;

ClusterView::ClusterView(const std::string& dir, ShardWriters& writers)
    : m_reader(sc::open_for_search(dir)),
      m_writers(writers),
      m_shards(Xapian::docid(writers.count())),
      m_last(m_reader.get_lastdocid()) {}

std::set<std::string> ClusterView::terms_of(const Entry& entry) const {
  if (entry.deleted) {
    return {};
  }
  std::set<std::string> terms{sc::DocumentCodec::id_term(entry.id),
                              sc::cluster_term(entry.cluster)};
  for (const std::string& term : sc::candidate_terms(entry.signature)) {
    terms.insert(term);
  }
  return terms;
}

void ClusterView::overlay(Xapian::docid docid, Entry entry) {
  if (const auto old = m_overlay.find(docid); old != m_overlay.end()) {
    for (const std::string& term : terms_of(old->second)) {
      m_terms[term].erase(docid);
    }
  }
  for (const std::string& term : terms_of(entry)) {
    m_terms[term].insert(docid);
  }
  m_overlay[docid] = std::move(entry);
}

std::optional<Xapian::docid> ClusterView::find(const std::string& id) const {
  std::optional<Xapian::docid> found;
  for_each(sc::DocumentCodec::id_term(id), [&](Xapian::docid d) {
    found = d;
    return false;
  });
  return found;
}

void ClusterView::for_each(const std::string& term,
                           const std::function<bool(Xapian::docid)>& visit) const {
  static const std::set<Xapian::docid> kNone;
  const auto listed = m_terms.find(term);
  const std::set<Xapian::docid>& pending = listed == m_terms.end() ? kNone : listed->second;
  auto o = pending.begin();
  Xapian::PostingIterator p = m_reader.postlist_begin(term);
  const Xapian::PostingIterator end = m_reader.postlist_end(term);
  while (p != end || o != pending.end()) {
    if (p != end && m_overlay.contains(*p)) {
      ++p;  // the overlay says what this document is now
      continue;
    }
    const bool from_overlay = p == end || (o != pending.end() && *o < *p);
    const Xapian::docid d = from_overlay ? *o++ : *p++;
    if (!visit(d)) {
      return;
    }
  }
}

ClusterView::Entry ClusterView::entry(Xapian::docid docid) const {
  if (const auto it = m_overlay.find(docid); it != m_overlay.end()) {
    return it->second;
  }
  const Xapian::Document doc = m_reader.get_document(docid, Xapian::DOC_ASSUME_VALID);
  return {sc::DocumentCodec::article_id(doc), doc.get_value(sc::slot::kNearDupSignature),
          sc::cluster_of(doc)};
}

namespace {

ClusterView::Text text_of(const Xapian::Document& doc) {
  Article article = sc::DocumentCodec::decode_article(doc);
  return {std::move(article.title), std::move(article.body)};
}

}  // namespace

ClusterView::Text ClusterView::text(Xapian::docid docid) const {
  if (!m_overlay.contains(docid)) {
    return text_of(m_reader.get_document(docid, Xapian::DOC_ASSUME_VALID));
  }
  // Only its shard has this version: read there, on the writer's thread (Xapian handles
  // are not shared between threads); the strings come back.
  auto promise = std::make_shared<std::promise<Text>>();
  std::future<Text> future = promise->get_future();
  m_writers.post(
      shard_of(docid),
      ShardJob{0, {}, [promise, local = local_docid(docid)](Xapian::WritableDatabase& db) {
                 try {
                   promise->set_value(text_of(db.get_document(local)));
                 } catch (...) {
                   promise->set_exception(std::current_exception());
                 }
               }});
  try {
    return future.get();
  } catch (const std::future_error&) {
    m_writers.wait();  // the shard failed before the job ran: its failure
    throw;
  }
}

Xapian::doccount ClusterView::document_count() const {
  return m_reader.get_doccount() + m_added - m_deleted;
}

Xapian::docid ClusterView::add(std::size_t shard, const std::string& id, Xapian::Document doc) {
  Xapian::docid next = m_last + 1;
  next += (Xapian::docid(shard) + m_shards - (next - 1) % m_shards) % m_shards;
  m_last = next;
  ++m_added;
  replace(next, id, std::move(doc));
  return next;
}

void ClusterView::replace(Xapian::docid docid, const std::string& id, Xapian::Document doc) {
  overlay(docid, {id, doc.get_value(sc::slot::kNearDupSignature), sc::cluster_of(doc)});
  m_writers.post(shard_of(docid), ShardJob{local_docid(docid), std::move(doc), {}});
}

void ClusterView::set_cluster(Xapian::docid docid, const std::string& cluster) {
  Entry e = entry(docid);
  e.cluster = cluster;
  overlay(docid, std::move(e));
  const Xapian::docid local = local_docid(docid);
  m_writers.post(shard_of(docid), ShardJob{0, {}, [local, cluster](Xapian::WritableDatabase& db) {
                                             Xapian::Document doc = db.get_document(local);
                                             sc::set_cluster(doc, cluster);
                                             db.replace_document(local, doc);
                                           }});
}

void ClusterView::remove(Xapian::docid docid) {
  if (!entry(docid).deleted) {
    ++m_deleted;
  }
  overlay(docid, Entry{{}, {}, {}, true});
  const Xapian::docid local = local_docid(docid);
  m_writers.post(shard_of(docid), ShardJob{0, {}, [local](Xapian::WritableDatabase& db) {
                                             db.delete_document(local);
                                           }});
}

void ClusterView::committed() {
  m_reader.reopen();
  m_overlay.clear();
  m_terms.clear();
  m_added = 0;
  m_deleted = 0;
}

}  // namespace news
