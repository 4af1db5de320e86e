#include "near_dup_clusters.hpp"

#include "document_codec.hpp"
#include "fields.hpp"
#include "near_duplicates.hpp"

namespace news {

namespace sc = news::schema;

namespace {

StoryText story_text_of(const Xapian::Document& doc) {
  const Article article = sc::DocumentCodec::decode_article(doc);
  return story_text(article.title, article.body);
}

}  // namespace

const StoryText& NearDupClusters::text_of(Xapian::docid docid, const Xapian::Document& doc) {
  if (const auto it = m_texts.find(docid); it != m_texts.end()) {
    return it->second;
  }
  if (m_texts.size() >= kMaxTexts) {
    m_texts.clear();
  }
  return m_texts.emplace(docid, story_text_of(doc)).first->second;
}

std::optional<Xapian::docid> NearDupClusters::find(const std::string& id) const {
  const std::string term = sc::DocumentCodec::id_term(id);
  Xapian::PostingIterator p = m_db.postlist_begin(term);
  if (p == m_db.postlist_end(term)) {
    return std::nullopt;
  }
  return *p;
}

void NearDupClusters::orphan_members(const std::string& cluster_id, Xapian::docid head) {
  const std::string term = sc::cluster_term(cluster_id);
  for (auto it = m_db.postlist_begin(term); it != m_db.postlist_end(term); ++it) {
    if (*it != head) {
      m_pending.insert(*it);
    }
  }
}

void NearDupClusters::assign(const std::string& id, Xapian::Document& doc, Xapian::docid self) {
  const sc::Signature signature = sc::decode_signature(doc.get_value(sc::slot::kNearDupSignature));
  std::set<Xapian::docid> candidates;
  for (const std::string& band : sc::band_terms(signature)) {
    for (auto it = m_db.postlist_begin(band);
         it != m_db.postlist_end(band) && candidates.size() < kMaxCandidates; ++it) {
      if (*it != self && !m_pending.contains(*it)) {
        candidates.insert(*it);
      }
    }
  }
  std::string cluster = id;
  double best = 0.0;
  std::optional<StoryText> text;  // of `doc`, once a candidate is worth comparing
  for (const Xapian::docid candidate : candidates) {
    const Xapian::Document other = m_db.get_document(candidate, Xapian::DOC_ASSUME_VALID);
    if (sc::signature_similarity(
            signature, sc::decode_signature(other.get_value(sc::slot::kNearDupSignature))) <
        sc::kCandidateSimilarity) {
      continue;
    }
    if (!text) {
      text = story_text_of(doc);
    }
    const double similarity = story_similarity(*text, text_of(candidate, other));
    if (similarity >= sc::kSameStorySimilarity && similarity > best) {
      best = similarity;
      cluster = sc::cluster_of(other);
    }
  }
  sc::set_cluster(doc, cluster);
}

void NearDupClusters::settle() {
  while (!m_pending.empty()) {
    const Xapian::docid docid = *m_pending.begin();
    m_pending.erase(m_pending.begin());
    Xapian::Document doc = m_db.get_document(docid);
    assign(doc.get_value(sc::slot::kId), doc, docid);
    m_db.replace_document(docid, doc);
  }
}

Xapian::docid NearDupClusters::put(const std::string& id, Xapian::Document& doc) {
  const std::optional<Xapian::docid> old = find(id);
  if (!old) {
    assign(id, doc, 0);
    return m_db.add_document(doc);  // no document holds its id term: what replacing does
  }
  m_texts.erase(*old);
  if (m_pending.contains(*old)) {
    // Its head went in this batch: settle() assigns it in its turn.
    m_db.replace_document(*old, doc);
    return *old;
  }
  const Xapian::Document previous = m_db.get_document(*old);
  const std::string old_cluster = sc::cluster_of(previous);
  if (previous.get_value(sc::slot::kNearDupSignature) ==
      doc.get_value(sc::slot::kNearDupSignature)) {
    sc::set_cluster(doc, old_cluster);  // same text: same cluster, no one else moves
    m_db.replace_document(*old, doc);
    return *old;
  }
  if (old_cluster == id) {
    orphan_members(id, *old);
  }
  assign(id, doc, *old);
  m_db.replace_document(*old, doc);
  return *old;
}

void NearDupClusters::remove(const std::string& id) {
  const std::optional<Xapian::docid> old = find(id);
  if (!old) {
    return;
  }
  m_pending.erase(*old);
  m_texts.erase(*old);
  if (sc::cluster_of(m_db.get_document(*old)) == id) {
    orphan_members(id, *old);
  }
  m_db.delete_document(*old);
}

}  // namespace news
