#include "near_duplicates.hpp"

#include <xxhash.h>

#include <cstdio>

#include "document_codec.hpp"
#include "fields.hpp"

namespace news::schema {

std::string encode_signature(const Signature& signature) {
  std::string out;
  out.reserve(signature.size() * 4);
  for (const std::uint32_t v : signature) {
    for (int shift = 24; shift >= 0; shift -= 8) {
      out.push_back(char((v >> shift) & 0xFF));
    }
  }
  return out;
}

Signature decode_signature(std::string_view value) {
  if (value.size() != kMinHashCount * 4) {
    return {};
  }
  Signature signature(kMinHashCount);
  for (std::size_t i = 0; i < kMinHashCount; ++i) {
    std::uint32_t v = 0;
    for (std::size_t b = 0; b < 4; ++b) {
      v = (v << 8) | static_cast<unsigned char>(value[i * 4 + b]);
    }
    signature[i] = v;
  }
  return signature;
}

std::vector<std::string> band_terms(const Signature& signature) {
  std::vector<std::string> terms;
  if (signature.size() != kMinHashCount) {
    return terms;
  }
  const std::string packed = encode_signature(signature);
  const std::size_t band_bytes = kRowsPerBand * 4;
  for (std::size_t band = 0; band < kBandCount; ++band) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%02zx%016llx", band,
                  static_cast<unsigned long long>(
                      XXH3_64bits(packed.data() + band * band_bytes, band_bytes)));
    terms.push_back(std::string(prefix::kNearDupBand) + buf);
  }
  return terms;
}

double signature_similarity(const Signature& a, const Signature& b) {
  if (a.empty() || a.size() != b.size()) {
    return 0.0;
  }
  std::size_t equal = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    equal += a[i] == b[i] ? 1 : 0;
  }
  return double(equal) / double(a.size());
}

std::string cluster_term(std::string_view cluster_id) {
  return bounded_term(prefix::kCluster, cluster_id);
}

void set_cluster(Xapian::Document& doc, std::string_view cluster_id) {
  const std::string prefix(prefix::kCluster);
  std::vector<std::string> old;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    it.skip_to(prefix);
    if (it == doc.termlist_end() || (*it).compare(0, prefix.size(), prefix) != 0) {
      break;
    }
    old.push_back(*it);
  }
  for (const std::string& term : old) {
    doc.remove_term(term);
  }
  doc.add_boolean_term(cluster_term(cluster_id));
  doc.add_value(slot::kCluster, std::string(cluster_id));
}

std::string cluster_of(const Xapian::Document& doc) {
  std::string cluster = doc.get_value(slot::kCluster);
  return cluster.empty() ? doc.get_value(slot::kId) : cluster;
}

std::vector<std::string> copies_of(const Xapian::Database& db, std::string_view article_id) {
  std::vector<std::string> ids;
  const std::string id_term = DocumentCodec::id_term(article_id);
  Xapian::PostingIterator p = db.postlist_begin(id_term);
  if (p == db.postlist_end(id_term)) {
    return ids;
  }
  const std::string term = cluster_term(cluster_of(db.get_document(*p)));
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    ids.push_back(db.get_document(*it, Xapian::DOC_ASSUME_VALID).get_value(slot::kId));
  }
  if (ids.empty()) {
    ids.emplace_back(article_id);
  }
  return ids;
}

}  // namespace news::schema
