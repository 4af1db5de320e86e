// How near-duplicate signatures and clusters are stored: the MinHash signature in a value
// slot, its LSH bands as terms (candidates are found by term lookup, never by a scan), the
// cluster id in a value slot (the collapse key) and as a term (the members of a cluster).
#pragma once

#include <xapian.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace news::schema {

// Signature shape: kMinHashCount minima split into kBandCount bands of kRowsPerBand rows.
// Two articles whose shingle sets have Jaccard similarity s share at least one band with
// probability 1 - (1 - s^4)^16: 0.98 at s = 0.6, 0.62 at s = 0.4, 0.016 at s = 0.2.
inline constexpr std::size_t kMinHashCount = 64;
inline constexpr std::size_t kBandCount = 16;
inline constexpr std::size_t kRowsPerBand = kMinHashCount / kBandCount;
// Articles whose similarity (the exact one of their texts) reaches this are copies of one
// story.
inline constexpr double kSameStorySimilarity = 0.5;
// Candidates whose signatures' estimated similarity is below this are not compared further:
// a pair at the threshold estimates below it with a chance of 2 in 10 million (at most 12
// of 64 minima equal), a pair at 0.45 of 1 in 100,000.
inline constexpr double kCandidateSimilarity = 0.2;
// The index keeps the low 8 bits of each minimum (b-bit MinHash): 64 bytes a signature
// instead of 256. Two minima that differ agree in their low bits by chance 1 time in 256,
// which lifts an estimate by (1 - s) / 256 on average: candidates are only ever added,
// and the texts decide. A band's 4 bytes are in its term as they are (32 bits: an article
// shares a band by chance with one of 100,000 others with a probability of 1 in 43,000).
inline constexpr unsigned kStoredMinHashBits = 8;

using Signature = std::vector<std::uint32_t>;

// The value of slot::kNearDupSignature for a signature (empty for no signature): one byte a
// minimum, its low kStoredMinHashBits bits.
std::string encode_signature(const Signature& signature);
// The signature stored in a value (the stored bits of each minimum); empty when the value
// is not kMinHashCount minima.
Signature decode_signature(std::string_view value);

// One term per band of a signature (none for an empty signature): the prefix, the band
// number (one hex digit) and the band's 4 stored bytes, binary (7 bytes: a band term is
// nearly always the only one of its kind, a B-tree item of its own, and hex or a hash
// made it 20). The same for a signature and for the one decoded from its value.
std::vector<std::string> band_terms(const Signature& signature);

// A body too short for a signature is one story with another only when both say the same
// words under the same headline on the same day (a brief repeated on another day is
// another notice: "FED SETS 1.5 BILLION DLR CUSTOMER REPURCHASE" runs most days). Its
// print (a hash of the three) is the value of slot::kNearDupSignature, 8 bytes, never
// the size of a signature's value.
std::string encode_short_text_print(std::uint64_t print);
// The print stored in a value; empty when the value is not one.
std::optional<std::uint64_t> decode_short_text_print(std::string_view value);

// The terms that find the candidates of an article from its value of
// slot::kNearDupSignature: the band terms of a signature, the one print term of a short
// text (the prefix, 'x', not a band number, and the print's 8 bytes), none otherwise.
std::vector<std::string> candidate_terms(std::string_view value);

// Estimated Jaccard similarity of two signatures: the share of minima whose stored bits
// are equal (0 when either is empty or their sizes differ).
double signature_similarity(const Signature& a, const Signature& b);

// The term every member of the cluster `cluster_id` carries.
std::string cluster_term(std::string_view cluster_id);

// Sets an article's cluster: the value of slot::kCluster and its one cluster term.
void set_cluster(Xapian::Document& doc, std::string_view cluster_id);

// The cluster id of a stored article, or its own id when none is stored.
std::string cluster_of(const Xapian::Document& doc);

// Ids of the articles in the same cluster as `article_id` (itself included), in the order
// they were indexed; empty when the index has no such article.
std::vector<std::string> copies_of(const Xapian::Database& db, std::string_view article_id);

}  // namespace news::schema
