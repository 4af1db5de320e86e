#include "two_pass_weights.hpp"

namespace news::ner {
namespace {

constexpr std::uint32_t kAhead = 12;  // prefetch distance: table lookups miss the cache

}  // namespace

TwoPassWeights::TwoPassWeights(const Weights& first, const Weights& second)
    : m_scale{first.scale(), second.scale()},
      m_transitions{first.transitions(), second.transitions()},
      m_has_second(!second.empty()) {
  std::vector<SparseRow> rows[2] = {first.rows(), second.rows()};
  std::size_t slots = 16;
  while (slots * 2 < (rows[0].size() + rows[1].size()) * 3 / 2) {
    slots *= 2;
  }
  m_mask = static_cast<std::uint32_t>(slots - 1);
  m_slots.assign(slots, Slot{});
  m_filter.assign((std::size_t{1} << kFilterBits) / 64, 0);
  for (int pass = 0; pass < 2; ++pass) {
    for (const SparseRow& row : rows[pass]) {
      std::uint32_t h = (row.key * 0x9E3779B1u) >> (32 - kFilterBits);
      m_filter[h >> 6] |= std::uint64_t{1} << (h & 63);
      std::uint32_t at = row.key & m_mask;
      while (m_slots[at].key != 0 && m_slots[at].key != row.key) {
        at = (at + 1) & m_mask;
      }
      m_slots[at].key = row.key;
      for (auto [tag, w] : row.weights) {
        m_slots[at].weights[pass][tag] = w;
      }
    }
  }
}

const TwoPassWeights::Slot* TwoPassWeights::find(std::uint32_t key) const {
  if (!maybe_present(key)) {
    return nullptr;
  }
  for (std::uint32_t at = key & m_mask;; at = (at + 1) & m_mask) {
    const Slot& slot = m_slots[at];
    if (slot.key == key) {
      return &slot;
    }
    if (slot.key == 0) {
      return nullptr;
    }
  }
}

void TwoPassWeights::emissions(const FeatureMatrix& m, std::size_t first, std::size_t last,
                               std::vector<float>& out_first,
                               std::vector<float>& out_second) const {
  out_first.assign((last - first) * kTagCount, 0.0f);
  out_second.assign((last - first) * kTagCount, 0.0f);
  std::uint32_t end = m.offsets[last];
  for (std::size_t i = first; i < last; ++i) {
    std::int32_t acc[2][kTagCount] = {};
    for (std::uint32_t f = m.offsets[i]; f < m.offsets[i + 1]; ++f) {
      if (f + kAhead < end && maybe_present(m.keys[f + kAhead])) {
        __builtin_prefetch(&m_slots[m.keys[f + kAhead] & m_mask]);
      }
      const Slot* slot = find(m.keys[f]);
      if (slot == nullptr) {
        continue;
      }
      for (std::size_t t = 0; t < kTagCount; ++t) {
        acc[0][t] += slot->weights[0][t];
        acc[1][t] += slot->weights[1][t];
      }
    }
    for (std::size_t t = 0; t < kTagCount; ++t) {
      out_first[(i - first) * kTagCount + t] = static_cast<float>(acc[0][t]) * m_scale[0];
      out_second[(i - first) * kTagCount + t] = static_cast<float>(acc[1][t]) * m_scale[1];
    }
  }
}

void TwoPassWeights::add_hint_emissions(const FeatureMatrix& hints, std::size_t first,
                                        std::size_t last, std::vector<float>& out_second) const {
  for (std::size_t i = first; i < last; ++i) {
    std::int32_t acc[kTagCount] = {};
    for (std::uint32_t f = hints.offsets[i]; f < hints.offsets[i + 1]; ++f) {
      if (const Slot* slot = find(hints.keys[f])) {
        for (std::size_t t = 0; t < kTagCount; ++t) {
          acc[t] += slot->weights[1][t];
        }
      }
    }
    for (std::size_t t = 0; t < kTagCount; ++t) {
      out_second[(i - first) * kTagCount + t] += static_cast<float>(acc[t]) * m_scale[1];
    }
  }
}

}  // namespace news::ner
