#include "near_duplicates.hpp"

#include <cstdio>

#include "document_codec.hpp"
#include "fields.hpp"

namespace news::schema {

namespace {

constexpr std::uint32_t kStoredMask = (std::uint32_t(1) << kStoredMinHashBits) - 1;
static_assert(kStoredMinHashBits == 8, "encode_signature writes one byte a minimum");
constexpr std::size_t kShortTextPrintBytes = 8;
static_assert(kShortTextPrintBytes != kMinHashCount, "a print never reads as a signature");
// Follows the band prefix where a band term has its band number (a hex digit).
constexpr char kShortTextMark = 'x';

}  // namespace

std::string encode_signature(const Signature& signature) {
  std::string out;
  out.reserve(signature.size());
  for (const std::uint32_t v : signature) {
    out.push_back(char(v & kStoredMask));
  }
  return out;
}

Signature decode_signature(std::string_view value) {
  if (value.size() != kMinHashCount) {
    return {};
  }
  Signature signature(kMinHashCount);
  for (std::size_t i = 0; i < kMinHashCount; ++i) {
    signature[i] = static_cast<unsigned char>(value[i]);
  }
  return signature;
}

std::vector<std::string> band_terms(const Signature& signature) {
  std::vector<std::string> terms;
  if (signature.size() != kMinHashCount) {
    return terms;
  }
  static_assert(kBandCount <= 16, "one hex digit numbers a band");
  constexpr char kHex[] = "0123456789abcdef";
  const std::string packed = encode_signature(signature);
  for (std::size_t band = 0; band < kBandCount; ++band) {
    std::string term(prefix::kNearDupBand);
    term.push_back(kHex[band]);
    term.append(packed, band * kRowsPerBand, kRowsPerBand);
    terms.push_back(std::move(term));
  }
  return terms;
}

std::string encode_short_text_print(std::uint64_t print) {
  std::string out(kShortTextPrintBytes, '\0');
  for (std::size_t i = 0; i < kShortTextPrintBytes; ++i) {
    out[i] = char((print >> (8 * (kShortTextPrintBytes - 1 - i))) & 0xFF);
  }
  return out;
}

std::optional<std::uint64_t> decode_short_text_print(std::string_view value) {
  if (value.size() != kShortTextPrintBytes) {
    return std::nullopt;
  }
  std::uint64_t print = 0;
  for (const char c : value) {
    print = (print << 8) | static_cast<unsigned char>(c);
  }
  return print;
}

std::vector<std::string> candidate_terms(std::string_view value) {
  if (decode_short_text_print(value)) {
    return {std::string(prefix::kNearDupBand) + kShortTextMark + std::string(value)};
  }
  return band_terms(decode_signature(value));
}

double signature_similarity(const Signature& a, const Signature& b) {
  if (a.empty() || a.size() != b.size()) {
    return 0.0;
  }
  std::size_t equal = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    equal += ((a[i] ^ b[i]) & kStoredMask) == 0 ? 1 : 0;
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
  return cluster.empty() ? DocumentCodec::article_id(doc) : cluster;
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
    ids.push_back(DocumentCodec::article_id(db.get_document(*it, Xapian::DOC_ASSUME_VALID)));
  }
  if (ids.empty()) {
    ids.emplace_back(article_id);
  }
  return ids;
}

}  // namespace news::schema
