#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kmeans.hpp"
#include "lexicon.hpp"

namespace news::ner {

struct ClusterOptions {
  std::size_t min_count = 4;         // rarer words get no cluster
  std::size_t max_words = 40000;     // vocabulary cap (most frequent first)
  std::size_t context_words = 3000;  // most frequent lower-case words used as contexts
  std::array<std::size_t, kClusterLevels> clusters = {64, 256, 1024};  // coarse to fine
  int iterations = 12;
  std::uint32_t seed = 7;
};

// Distributional word clustering for unlabelled text: each word is described by the
// positive PMI of its left and right neighbours (frequent words, else a class:
// capitalised, number, other) and spherical k-means groups the words at each
// granularity.
class WordClusterer {
 public:
  explicit WordClusterer(ClusterOptions options) : m_options(options) {}

  // Adds running text (one paragraph or document).
  void add_text(std::string_view text);

  // Clusters the vocabulary seen so far: word -> ids (coarse to fine).
  std::vector<std::pair<std::string, ClusterIds>> build() const;

 private:
  std::vector<std::uint32_t> context_classes() const;
  std::vector<std::uint64_t> context_pairs(const std::vector<std::string>& vocab) const;

  ClusterOptions m_options;
  std::unordered_map<std::string, std::uint32_t> m_ids;  // every form seen
  std::vector<std::string> m_forms;
  std::vector<std::uint64_t> m_counts;
  std::vector<std::uint32_t> m_stream;  // the text as form ids, 0 = paragraph break
};

// Strips SGML/HTML tags and entities from Reuters-style markup, keeping text.
std::string strip_markup(std::string_view sgml);

// Writes clusters as "word<TAB>id id id" lines.
void write_cluster_file(const std::vector<std::pair<std::string, ClusterIds>>& clusters,
                        const std::string& path);

}  // namespace news::ner
