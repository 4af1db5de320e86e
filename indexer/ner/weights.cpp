#include "weights.hpp"

#include <limits>

namespace news::ner {

Weights::Weights(float scale, const Transitions& transitions, const std::vector<SparseRow>& rows)
    : m_scale(scale), m_transitions(transitions), m_row_count(rows.size()) {
  std::size_t slots = 16;
  while (slots < rows.size() * 2) {
    slots *= 2;
  }
  m_mask = static_cast<std::uint32_t>(slots - 1);
  m_slots.assign(slots, 0);
  m_slot_rows.assign(slots, 0);
  m_rows.assign(rows.size() * kTagCount, 0);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::uint32_t slot = rows[r].key & m_mask;
    while (m_slots[slot] != 0) {
      slot = (slot + 1) & m_mask;
    }
    m_slots[slot] = rows[r].key;
    m_slot_rows[slot] = static_cast<std::uint32_t>(r);
    for (auto [tag, w] : rows[r].weights) {
      m_rows[r * kTagCount + tag] = w;
    }
  }
}

const std::int16_t* Weights::find(std::uint32_t key) const {
  if (m_row_count == 0) {
    return nullptr;
  }
  for (std::uint32_t slot = key & m_mask;; slot = (slot + 1) & m_mask) {
    std::uint32_t k = m_slots[slot];
    if (k == key) {
      return &m_rows[static_cast<std::size_t>(m_slot_rows[slot]) * kTagCount];
    }
    if (k == 0) {
      return nullptr;
    }
  }
}

void Weights::emissions(const FeatureMatrix& m, std::size_t first, std::size_t last,
                        std::vector<float>& out) const {
  out.assign((last - first) * kTagCount, 0.0f);
  for (std::size_t i = first; i < last; ++i) {
    std::int32_t acc[kTagCount] = {};
    for (std::uint32_t f = m.offsets[i]; f < m.offsets[i + 1]; ++f) {
      const std::int16_t* row = find(m.keys[f]);
      if (row == nullptr) {
        continue;
      }
      for (std::size_t t = 0; t < kTagCount; ++t) {
        acc[t] += row[t];
      }
    }
    for (std::size_t t = 0; t < kTagCount; ++t) {
      out[(i - first) * kTagCount + t] = static_cast<float>(acc[t]) * m_scale;
    }
  }
}

std::vector<SparseRow> Weights::rows() const {
  std::vector<SparseRow> out(m_row_count);
  for (std::size_t slot = 0; slot < m_slots.size(); ++slot) {
    if (m_slots[slot] == 0) {
      continue;
    }
    std::size_t r = m_slot_rows[slot];
    out[r].key = m_slots[slot];
    for (std::size_t t = 0; t < kTagCount; ++t) {
      if (m_rows[r * kTagCount + t] != 0) {
        out[r].weights.emplace_back(static_cast<Tag>(t), m_rows[r * kTagCount + t]);
      }
    }
  }
  return out;
}

std::vector<Tag> viterbi(const std::vector<float>& emissions, std::size_t n,
                         const Weights::Transitions& transitions) {
  constexpr float kNone = -std::numeric_limits<float>::infinity();
  std::vector<Tag> tags(n, kOutside);
  if (n == 0) {
    return tags;
  }
  std::vector<float> score(n * kTagCount, kNone);
  std::vector<Tag> back(n * kTagCount, kOutside);
  for (Tag t = 0; t < kTagCount; ++t) {
    if (transition_allowed(kOutside, t)) {
      score[t] = emissions[t];
    }
  }
  for (std::size_t i = 1; i < n; ++i) {
    for (Tag t = 0; t < kTagCount; ++t) {
      float best = kNone;
      Tag arg = kOutside;
      for (Tag p = 0; p < kTagCount; ++p) {
        float s = score[(i - 1) * kTagCount + p];
        if (s == kNone || !transition_allowed(p, t)) {
          continue;
        }
        s += transitions[p * kTagCount + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * kTagCount + t] = best == kNone ? kNone : best + emissions[i * kTagCount + t];
      back[i * kTagCount + t] = arg;
    }
  }
  float best = kNone;
  for (Tag t = 0; t < kTagCount; ++t) {
    if (can_end(t) && score[(n - 1) * kTagCount + t] > best) {
      best = score[(n - 1) * kTagCount + t];
      tags[n - 1] = t;
    }
  }
  for (std::size_t i = n - 1; i > 0; --i) {
    tags[i - 1] = back[i * kTagCount + tags[i]];
  }
  return tags;
}

}  // namespace news::ner
