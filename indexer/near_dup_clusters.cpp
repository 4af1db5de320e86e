#include "near_dup_clusters.hpp"

#include <algorithm>

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

// What a story text holds, roughly, in bytes.
std::size_t bytes_of(const StoryText& text) {
  std::size_t bytes = text.shingles.size() * sizeof(std::uint64_t);
  for (const auto* words : {&text.words, &text.headline}) {
    for (const std::string& word : *words) {
      bytes += sizeof(std::string) + word.size();
    }
  }
  return bytes;
}

}  // namespace

const StoryText& NearDupClusters::text_of(Xapian::docid docid) {
  if (const auto it = m_texts.find(docid); it != m_texts.end()) {
    return it->second;
  }
  if (m_texts.size() >= kMaxTexts || m_text_bytes >= kMaxTextBytes) {
    m_texts.clear();
    m_text_bytes = 0;
  }
  const ClusterView::Text text = m_view.text(docid);
  const StoryText& stored = m_texts.emplace(docid, story_text(text.title, text.body)).first->second;
  m_text_bytes += bytes_of(stored);
  return stored;
}

void NearDupClusters::forget_text(Xapian::docid docid) {
  if (const auto it = m_texts.find(docid); it != m_texts.end()) {
    m_text_bytes -= std::min(m_text_bytes, bytes_of(it->second));
    m_texts.erase(it);
  }
}

std::optional<Xapian::docid> NearDupClusters::find(const std::string& id) const {
  return m_view.find(id);
}

void NearDupClusters::orphan_members(const std::string& cluster_id, Xapian::docid head) {
  m_view.for_each(sc::cluster_term(cluster_id), [&](Xapian::docid d) {
    if (d != head) {
      m_pending.insert(d);
    }
    return true;
  });
}

std::string NearDupClusters::first_copy_cluster(const std::string& id,
                                                const std::string& print_value,
                                                Xapian::docid self) const {
  std::string cluster = id;
  for (const std::string& term : sc::candidate_terms(print_value)) {
    m_view.for_each(term, [&](Xapian::docid d) {
      if (d == self || m_pending.contains(d)) {
        return true;
      }
      cluster = m_view.entry(d).cluster;
      return false;
    });
  }
  return cluster;
}

std::string NearDupClusters::assign(const std::string& id, const std::string& signature_value,
                                    Xapian::docid self, const Xapian::Document* doc) {
  if (sc::decode_short_text_print(signature_value)) {
    return first_copy_cluster(id, signature_value, self);
  }
  const sc::Signature signature = sc::decode_signature(signature_value);
  std::set<Xapian::docid> candidates;
  for (const std::string& band : sc::band_terms(signature)) {
    m_view.for_each(band, [&](Xapian::docid d) {
      if (candidates.size() >= kMaxCandidates) {
        return false;
      }
      if (d != self && !m_pending.contains(d)) {
        candidates.insert(d);
      }
      return true;
    });
  }
  std::string cluster = id;
  double best = 0.0;
  std::optional<StoryText> text;  // of the article, once a candidate is worth comparing
  for (const Xapian::docid candidate : candidates) {
    const ClusterView::Entry other = m_view.entry(candidate);
    if (sc::signature_similarity(signature, sc::decode_signature(other.signature)) <
        sc::kCandidateSimilarity) {
      continue;
    }
    if (!text) {
      text = doc ? story_text_of(*doc) : text_of(self);
    }
    ++m_compared;
    const double similarity = story_similarity(*text, text_of(candidate));
    if (similarity >= sc::kSameStorySimilarity && similarity > best) {
      best = similarity;
      cluster = other.cluster;
      if (best >= kMostSimilar) {
        break;  // no later candidate can be more similar: the first of the equals wins
      }
    }
  }
  return cluster;
}

void NearDupClusters::settle() {
  while (!m_pending.empty()) {
    const Xapian::docid docid = *m_pending.begin();
    m_pending.erase(m_pending.begin());
    const ClusterView::Entry member = m_view.entry(docid);
    m_view.set_cluster(docid, assign(member.id, member.signature, docid, nullptr));
  }
}

Xapian::docid NearDupClusters::put(const std::string& id, Xapian::Document doc, std::size_t shard) {
  const std::string signature = doc.get_value(sc::slot::kNearDupSignature);
  const std::optional<Xapian::docid> old = find(id);
  if (!old) {
    sc::set_cluster(doc, assign(id, signature, 0, &doc));
    return m_view.add(shard, id, std::move(doc));
  }
  forget_text(*old);
  if (m_pending.contains(*old)) {
    // Its head went in this batch: settle() assigns it in its turn.
    m_view.replace(*old, id, std::move(doc));
    return *old;
  }
  const ClusterView::Entry previous = m_view.entry(*old);
  if (previous.signature == signature) {
    sc::set_cluster(doc, previous.cluster);  // same text: same cluster, no one else moves
    m_view.replace(*old, id, std::move(doc));
    return *old;
  }
  if (previous.cluster == id) {
    orphan_members(id, *old);
  }
  sc::set_cluster(doc, assign(id, signature, *old, &doc));
  m_view.replace(*old, id, std::move(doc));
  return *old;
}

void NearDupClusters::remove(const std::string& id) {
  const std::optional<Xapian::docid> old = find(id);
  if (!old) {
    return;
  }
  m_pending.erase(*old);
  forget_text(*old);
  if (m_view.entry(*old).cluster == id) {
    orphan_members(id, *old);
  }
  m_view.remove(*old);
}

}  // namespace news
