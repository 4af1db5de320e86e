#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon.hpp"
#include "token_info.hpp"
#include "tokenizer.hpp"

namespace news::ner {

// Feature keys of every token of a document, flattened: the keys of token i are
// keys[offsets[i]] .. keys[offsets[i + 1]].
struct FeatureMatrix {
  std::vector<std::uint32_t> keys;
  std::vector<std::uint32_t> offsets;
  // How many of token i's keys, from offsets[i] on, depend only on the token itself
  // (its form and facts, not its neighbours): tokens with the same leading keys share
  // their scores. Empty when not computed.
  std::vector<std::uint8_t> word_keys;

  std::size_t token_count() const { return offsets.empty() ? 0 : offsets.size() - 1; }
};

// Turns tokens into hashed feature keys: word form, lower case, shape, affixes,
// neighbouring words and shapes, word clusters, gazetteer matches and
// document-level facts. `hints` (optional, one per token) carries the entity type
// a first tagging pass gave the same word elsewhere in the document (0: none,
// 1 + type), which the second-pass model uses.
class FeatureExtractor {
 public:
  explicit FeatureExtractor(const Lexicon& lexicon) : m_lexicon(lexicon) {}

  // Computes the per-token facts the templates read; reusable across passes.
  std::vector<TokenInfo> token_info(const Document& doc) const {
    return compute_token_info(doc, m_lexicon);
  }
  FeatureMatrix extract(const Document& doc, const std::vector<TokenInfo>& info,
                        const std::vector<std::uint8_t>* hints) const;
  // Only the hint features: extract(doc, info, &hints) is extract(doc, info, nullptr)
  // followed, token by token, by these.
  FeatureMatrix extract_hints(const Document& doc, const std::vector<TokenInfo>& info,
                              const std::vector<std::uint8_t>& hints) const;

 private:
  const Lexicon& m_lexicon;
};

// 64-bit FNV-1a hash of a byte string.
std::uint64_t hash_bytes(std::string_view s);

// Mixes a feature template id with a value hash into a 32-bit feature key.
std::uint32_t feature_key(std::uint64_t template_id, std::uint64_t value);

}  // namespace news::ner
