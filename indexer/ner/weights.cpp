#include "weights.hpp"

#include "hash_index.hpp"

#include <algorithm>
#include <limits>

namespace news::ner {

Weights::Weights(float scale, const Transitions& transitions, const std::vector<SparseRow>& rows)
    : m_scale(scale), m_transitions(transitions), m_row_count(rows.size()) {
  std::size_t slots = 16;
  while (slots * 2 < rows.size() * 3) {
    slots *= 2;
  }
  m_mask = static_cast<std::uint32_t>(slots - 1);
  m_slots.assign(slots, Slot{});
  for (const SparseRow& row : rows) {
    std::uint32_t at = row.key & m_mask;
    while (m_slots[at].key != 0) {
      at = (at + 1) & m_mask;
    }
    m_slots[at].key = row.key;
    for (auto [tag, w] : row.weights) {
      m_slots[at].weights[tag] = w;
    }
  }
}

const Weights::Slot* Weights::find(std::uint32_t key) const {
  if (m_row_count == 0) {
    return nullptr;
  }
  return probe_slots(m_slots, m_mask, key);
}

void Weights::emissions(const FeatureMatrix& m, std::size_t first, std::size_t last,
                        std::vector<float>& out) const {
  out.assign((last - first) * kTagCount, 0.0f);
  if (m_row_count == 0) {
    return;
  }
  constexpr std::uint32_t kAhead = 12;  // prefetch distance: table lookups miss the cache
  std::uint32_t end = m.offsets[last];
  for (std::size_t i = first; i < last; ++i) {
    std::int32_t acc[kTagCount] = {};
    for (std::uint32_t f = m.offsets[i]; f < m.offsets[i + 1]; ++f) {
      if (f + kAhead < end) {
        __builtin_prefetch(&m_slots[m.keys[f + kAhead] & m_mask]);
      }
      const Slot* slot = find(m.keys[f]);
      if (slot == nullptr) {
        continue;
      }
      for (std::size_t t = 0; t < kTagCount; ++t) {
        acc[t] += slot->weights[t];
      }
    }
    for (std::size_t t = 0; t < kTagCount; ++t) {
      out[(i - first) * kTagCount + t] = static_cast<float>(acc[t]) * m_scale;
    }
  }
}

std::vector<SparseRow> Weights::rows() const {
  std::vector<SparseRow> out;
  for (const Slot& slot : m_slots) {
    if (slot.key == 0) {
      continue;
    }
    SparseRow row{slot.key, {}};
    for (std::size_t t = 0; t < kTagCount; ++t) {
      if (slot.weights[t] != 0) {
        row.weights.emplace_back(static_cast<Tag>(t), slot.weights[t]);
      }
    }
    out.push_back(std::move(row));
  }
  return out;
}

namespace {

constexpr float kNone = -std::numeric_limits<float>::infinity();

// Under BILOU, O, B-x and U-x follow O, L-y or U-y; I-x and L-x follow B-x or I-x.
constexpr std::array<Tag, 1 + 2 * kTypeCount> kAfterClosed = {0, 3, 4, 7, 8, 11, 12, 15, 16};
constexpr std::array<Tag, 1 + 2 * kTypeCount> kStarting = {0, 1, 4, 5, 8, 9, 12, 13, 16};

constexpr std::size_t kClosedCount = kAfterClosed.size();

// Four lanes of scores or tags (GCC vector extensions): one Viterbi step updates the
// nine starting tags three vectors at a time, without branches.
using Lanes = float __attribute__((vector_size(16)));
using TagLanes = std::int32_t __attribute__((vector_size(16)));
constexpr std::size_t kVectors = (kClosedCount + 3) / 4;

// Transition scores from each closed tag to each starting tag, in lanes.
struct StartTransitions {
  explicit StartTransitions(const Weights::Transitions& trans) {
    for (std::size_t k = 0; k < kClosedCount; ++k) {
      for (std::size_t j = 0; j < kVectors * 4; ++j) {
        score[k][j / 4][j % 4] =
            j < kClosedCount ? trans[kAfterClosed[k] * kTagCount + kStarting[j]] : 0.0f;
      }
    }
  }
  Lanes score[kClosedCount][kVectors];
};

// One Viterbi step: best score of each tag at token i given scores at i - 1. Ties go
// to the earlier predecessor in kAfterClosed (or B before I).
void viterbi_step(const float* prev, const float* emission, const StartTransitions& start,
                  const Weights::Transitions& trans, float* score, Tag* back) {
  Lanes best[kVectors];
  TagLanes arg[kVectors];
  Lanes first = Lanes{} + prev[kAfterClosed[0]];
  for (std::size_t v = 0; v < kVectors; ++v) {
    best[v] = first + start.score[0][v];
    arg[v] = TagLanes{} + kAfterClosed[0];
  }
  for (std::size_t k = 1; k < kClosedCount; ++k) {
    Lanes from = Lanes{} + prev[kAfterClosed[k]];
    TagLanes tag = TagLanes{} + kAfterClosed[k];
    for (std::size_t v = 0; v < kVectors; ++v) {
      Lanes s = from + start.score[k][v];
      TagLanes better = s > best[v];
      best[v] = better ? s : best[v];
      arg[v] = better ? tag : arg[v];
    }
  }
  for (std::size_t j = 0; j < kClosedCount; ++j) {
    score[kStarting[j]] = best[j / 4][j % 4] + emission[kStarting[j]];
    back[kStarting[j]] = static_cast<Tag>(arg[j / 4][j % 4]);
  }
  for (std::size_t ty = 0; ty < kTypeCount; ++ty) {
    auto begin = static_cast<Tag>(1 + 4 * ty);
    for (auto t = static_cast<Tag>(begin + 1); t <= begin + 2; ++t) {
      float from_begin = prev[begin] + trans[begin * kTagCount + t];
      float from_inside = prev[begin + 1] + trans[(begin + 1) * kTagCount + t];
      bool better = from_inside > from_begin;
      score[t] = (better ? from_inside : from_begin) + emission[t];
      back[t] = better ? static_cast<Tag>(begin + 1) : begin;
    }
  }
}

}  // namespace

std::vector<Tag> viterbi(const std::vector<float>& emissions, std::size_t n,
                         const Weights::Transitions& transitions) {
  std::vector<Tag> tags(n, kOutside);
  if (n == 0) {
    return tags;
  }
  std::vector<float> score(n * kTagCount);  // rows after the first are filled by each step
  std::fill_n(score.begin(), kTagCount, kNone);
  std::vector<Tag> back(n * kTagCount, kOutside);
  for (Tag t = 0; t < kTagCount; ++t) {
    if (transition_allowed(kOutside, t)) {
      score[t] = emissions[t];
    }
  }
  StartTransitions start(transitions);
  for (std::size_t i = 1; i < n; ++i) {
    viterbi_step(&score[(i - 1) * kTagCount], &emissions[i * kTagCount], start, transitions,
                 &score[i * kTagCount], &back[i * kTagCount]);
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
