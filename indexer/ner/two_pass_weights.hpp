#pragma once

#include <cstdint>
#include <vector>

#include "features.hpp"
#include "weights.hpp"

namespace news::ner {

// Both passes' weights in one open-addressing table, so that the features the passes
// share are looked up once: a slot holds a key and the 17 weights of each pass.
class TwoPassWeights {
 public:
  // Summed quantised weights of both passes for one token.
  struct Scores {
    std::int32_t pass[2][kTagCount] = {};
  };
  // Scores of the token-only leading keys (FeatureMatrix::word_keys) of one document,
  // per distinct key list: word forms repeat, so most tokens look up only the keys of
  // their context. Sums are of integers, so sharing them changes no score.
  class WordCache {
   public:
    explicit WordCache(std::size_t tokens);
    // The scores of keys[0, n) if seen before, else nullptr.
    const Scores* find(const std::uint32_t* keys, std::size_t n) const;
    // Remembers `scores` for keys[0, n), which must stay valid while the cache is used.
    void insert(const std::uint32_t* keys, std::size_t n, const Scores& scores);

   private:
    struct Entry {
      const std::uint32_t* keys = nullptr;
      std::size_t count = 0;
      Scores scores;
    };
    std::size_t slot_of(const std::uint32_t* keys, std::size_t n) const;
    std::vector<std::uint32_t> m_table;  // 1 + index into m_entries, 0: empty
    std::vector<Entry> m_entries;
    std::uint32_t m_mask = 0;
  };

  TwoPassWeights(const Weights& first, const Weights& second);

  // Emission scores of tokens [first, last) for both passes from the shared features
  // `m`: first pass into `out_first`, second pass (without hint features) into
  // `out_second`; layout as Weights::emissions. The scores of token-only keys are
  // shared through `cache` (one per document and matrix).
  void emissions(const FeatureMatrix& m, std::size_t first, std::size_t last,
                 std::vector<float>& out_first, std::vector<float>& out_second,
                 WordCache& cache) const;

  // Adds the second pass's scores of hint features `hints` to `out_second`; tokens
  // with the same hint keys share their scores through `cache` (one per document).
  void add_hint_emissions(const FeatureMatrix& hints, std::size_t first, std::size_t last,
                          std::vector<float>& out_second, WordCache& cache) const;

  const Weights::Transitions& first_transitions() const { return m_transitions[0]; }
  const Weights::Transitions& second_transitions() const { return m_transitions[1]; }
  bool has_second_pass() const { return m_has_second; }

 private:
  struct Slot {
    std::uint32_t key = 0;  // 0: empty
    std::int16_t weights[2][kTagCount] = {};
  };

  const Slot* find(std::uint32_t key) const;
  // Adds the weights of keys [f, to) of `m` to `acc`, prefetching ahead up to `end`.
  void add_keys(const FeatureMatrix& m, std::uint32_t f, std::uint32_t to, std::uint32_t end,
                Scores& acc) const;
  // A bit per hashed key: most features of rare words are not in the model, and this
  // small filter (it stays in cache) answers for them without touching the table.
  bool maybe_present(std::uint32_t key) const {
    std::uint32_t h = (key * 0x9E3779B1u) >> (32 - kFilterBits);
    return (m_filter[h >> 6] >> (h & 63) & 1u) != 0;
  }
  static constexpr unsigned kFilterBits = 21;
  std::vector<std::uint64_t> m_filter;

  float m_scale[2] = {1.0f, 1.0f};
  Weights::Transitions m_transitions[2] = {};
  std::vector<Slot> m_slots;
  std::uint32_t m_mask = 0;
  bool m_has_second = false;
};

}  // namespace news::ner
