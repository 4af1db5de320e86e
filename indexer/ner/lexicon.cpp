#include "lexicon.hpp"

#include <algorithm>

#include "tokenizer.hpp"
#include "utf8.hpp"

namespace news::ner {

void Lexicon::add_cluster(std::string word, ClusterIds ids) {
  m_cluster_index.insert(fnv1a(word), ids);
  m_clusters.insert_or_assign(std::move(word), ids);
}

ClusterIds Lexicon::cluster(std::string_view word) const {
  if (const ClusterIds* ids = m_cluster_index.find(fnv1a(word))) {
    return *ids;
  }
  std::string lower = ascii_lower(word);
  if (!lower.empty() && lower != word) {
    std::string title = lower;
    title[0] = word[0];
    const ClusterIds* ids = m_cluster_index.find(fnv1a(title));
    ids = ids != nullptr ? ids : m_cluster_index.find(fnv1a(lower));
    if (ids != nullptr) {
      return *ids;
    }
  }
  return ClusterIds{kNoCluster, kNoCluster, kNoCluster};
}

void Lexicon::add_phrase(std::string_view phrase, GazCategory category) {
  add_phrase_mask(phrase, static_cast<std::uint8_t>(1u << static_cast<unsigned>(category)));
}

void Lexicon::add_phrase_mask(std::string_view phrase, std::uint8_t mask) {
  std::string key = gazetteer_key(phrase);
  if (key.empty()) {
    return;
  }
  std::size_t tokens = 1 + static_cast<std::size_t>(std::count(key.begin(), key.end(), ' '));
  m_max_phrase_tokens = std::max(m_max_phrase_tokens, tokens);
  std::uint8_t& stored = m_phrases[key];
  stored |= mask;
  m_phrase_index.insert(fnv1a(key), stored);
  for (std::size_t space = key.find(' '); space != std::string::npos;
       space = key.find(' ', space + 1)) {
    m_prefix_index.insert(fnv1a(std::string_view(key).substr(0, space)), 1);
  }
}

std::uint8_t Lexicon::phrase_mask(std::string_view phrase) const {
  return phrase_mask_of_hash(fnv1a(phrase));
}

std::string gazetteer_key(std::string_view phrase) {
  std::string key;
  for (const Token& t : tokenize(phrase)) {
    if (!key.empty()) {
      key += ' ';
    }
    key += ascii_lower(t.text);
  }
  return key;
}

}  // namespace news::ner
