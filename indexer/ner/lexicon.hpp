#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "hash_index.hpp"

namespace news::ner {

// Gazetteer categories; a phrase may belong to several.
enum class GazCategory : std::uint8_t {
  kCountry = 0,      // countries and regions (ICU display names)
  kCity = 1,         // cities (ICU time-zone exemplar cities, news datelines)
  kNationality = 2,  // languages and demonyms ("French", "Afghan")
  kTitle = 3,        // person titles ("minister", "spokesperson")
  kOrgWord = 4,      // words that end organisation names ("Corp", "Party")
  kPlace = 5,        // other places (US states, provinces, regions)
  kOrg = 6,          // known organisations
  kPerson = 7,       // known person names and given names
};
inline constexpr std::size_t kGazCategoryCount = 8;

inline constexpr std::size_t kClusterLevels = 3;
inline constexpr std::uint16_t kNoCluster = 0xFFFF;
using ClusterIds = std::array<std::uint16_t, kClusterLevels>;

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

// Word clusters and gazetteer phrases: the model's lexical resources.
class Lexicon {
 public:
  // Word clusters (case-sensitive word form -> ids at each granularity).
  void add_cluster(std::string word, ClusterIds ids);
  // Looks `word` up as written, then title-cased, then lower-cased.
  ClusterIds cluster(std::string_view word) const;
  // Whether `word` (exactly as written) has a cluster.
  bool has_word(std::string_view word) const {
    return m_cluster_index.find(fnv1a(word)) != nullptr;
  }
  const StringMap<ClusterIds>& clusters() const { return m_clusters; }

  // Gazetteer phrase: lower-case tokens separated by single spaces.
  void add_phrase(std::string_view phrase, GazCategory category);
  void add_phrase_mask(std::string_view phrase, std::uint8_t mask);
  // Category bit mask of `phrase` (lower-case, space-separated), 0 if unknown.
  std::uint8_t phrase_mask(std::string_view phrase) const;
  // The same for a finished fnv1a hash of the phrase.
  std::uint8_t phrase_mask_of_hash(std::uint64_t hash) const {
    const std::uint8_t* mask = m_phrase_index.find(hash);
    return mask == nullptr ? 0 : *mask;
  }
  // Whether some longer phrase starts with the words hashed in `hash`.
  bool extends_to_phrase(std::uint64_t hash) const { return m_prefix_index.find(hash) != nullptr; }
  std::size_t max_phrase_tokens() const { return m_max_phrase_tokens; }
  const StringMap<std::uint8_t>& phrases() const { return m_phrases; }

 private:
  StringMap<ClusterIds> m_clusters;
  StringMap<std::uint8_t> m_phrases;
  HashIndex<ClusterIds> m_cluster_index;  // fast lookups, same content as the maps
  HashIndex<std::uint8_t> m_phrase_index;
  HashIndex<std::uint8_t> m_prefix_index;  // word-boundary prefixes of longer phrases
  std::size_t m_max_phrase_tokens = 0;
};

// Normalises a phrase for the gazetteer: ASCII lower case, tokenized, single spaces.
std::string gazetteer_key(std::string_view phrase);

}  // namespace news::ner
