#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "features.hpp"
#include "tags.hpp"

namespace news::ner {

// One feature's non-zero quantised weights, as stored in a model file.
struct SparseRow {
  std::uint32_t key = 0;
  std::vector<std::pair<Tag, std::int16_t>> weights;
};

// Quantised linear weights of one tagging pass: a score per (feature, tag) and per
// tag transition, looked up by feature key in an open-addressing table.
class Weights {
 public:
  using Transitions = std::array<float, kTagCount * kTagCount>;

  Weights() = default;
  // `scale` converts a quantised weight to its real value.
  Weights(float scale, const Transitions& transitions, const std::vector<SparseRow>& rows);

  // Emission scores of every token in [first, last): out[(i - first) * kTagCount + tag].
  void emissions(const FeatureMatrix& m, std::size_t first, std::size_t last,
                 std::vector<float>& out) const;

  const Transitions& transitions() const { return m_transitions; }
  float scale() const { return m_scale; }
  bool empty() const { return m_row_count == 0; }
  // The stored rows, for writing a model file.
  std::vector<SparseRow> rows() const;

 private:
  // A table slot holds its row inline so that a lookup touches one cache line.
  struct Slot {
    std::uint32_t key = 0;  // 0: empty
    std::int16_t weights[kTagCount] = {};
  };

  const Slot* find(std::uint32_t key) const;

  float m_scale = 1.0f;
  Transitions m_transitions{};
  std::vector<Slot> m_slots;
  std::size_t m_row_count = 0;
  std::uint32_t m_mask = 0;
};

// Best tag sequence for emission scores of `n` tokens (n * kTagCount) under BILOU
// constraints and the transition scores [prev * kTagCount + next].
std::vector<Tag> viterbi(const std::vector<float>& emissions, std::size_t n,
                         const Weights::Transitions& transitions);

}  // namespace news::ner
