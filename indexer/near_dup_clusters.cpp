#include "near_dup_clusters.hpp"

#include "fields.hpp"
#include "near_duplicates.hpp"

namespace news {

namespace sc = news::schema;

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

std::string NearDupClusters::assign(const std::string& id, const std::string& signature_value,
                                    Xapian::docid self) {
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
  for (const Xapian::docid candidate : candidates) {
    const ClusterView::Entry other = m_view.entry(candidate);
    const double similarity =
        sc::signature_similarity(signature, sc::decode_signature(other.signature));
    if (similarity >= sc::kSameStorySimilarity && similarity > best) {
      best = similarity;
      cluster = other.cluster;
    }
  }
  return cluster;
}

void NearDupClusters::settle() {
  while (!m_pending.empty()) {
    const Xapian::docid docid = *m_pending.begin();
    m_pending.erase(m_pending.begin());
    const ClusterView::Entry member = m_view.entry(docid);
    m_view.set_cluster(docid, assign(member.id, member.signature, docid));
  }
}

Xapian::docid NearDupClusters::put(const std::string& id, Xapian::Document doc, std::size_t shard) {
  const std::string signature = doc.get_value(sc::slot::kNearDupSignature);
  const std::optional<Xapian::docid> old = find(id);
  if (!old) {
    sc::set_cluster(doc, assign(id, signature, 0));
    return m_view.add(shard, id, std::move(doc));
  }
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
  sc::set_cluster(doc, assign(id, signature, *old));
  m_view.replace(*old, id, std::move(doc));
  return *old;
}

void NearDupClusters::remove(const std::string& id) {
  const std::optional<Xapian::docid> old = find(id);
  if (!old) {
    return;
  }
  m_pending.erase(*old);
  if (m_view.entry(*old).cluster == id) {
    orphan_members(id, *old);
  }
  m_view.remove(*old);
}

}  // namespace news
