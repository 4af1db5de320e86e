#include "two_pass_weights.hpp"

#include "hash_index.hpp"

#include <algorithm>

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
  return probe_slots(m_slots, m_mask, key);
}

void TwoPassWeights::add_keys(const FeatureMatrix& m, std::uint32_t f, std::uint32_t to,
                              std::uint32_t end, Scores& acc) const {
  for (; f < to; ++f) {
    if (f + kAhead < end && maybe_present(m.keys[f + kAhead])) {
      // A 72-byte slot usually spans two cache lines: fetch both.
      const Slot* ahead = &m_slots[m.keys[f + kAhead] & m_mask];
      __builtin_prefetch(ahead);
      __builtin_prefetch(reinterpret_cast<const char*>(ahead) + sizeof(Slot) - 1);
    }
    const Slot* slot = find(m.keys[f]);
    if (slot == nullptr) {
      continue;
    }
    for (std::size_t t = 0; t < kTagCount; ++t) {
      acc.pass[0][t] += slot->weights[0][t];
      acc.pass[1][t] += slot->weights[1][t];
    }
  }
}

void TwoPassWeights::emissions(const FeatureMatrix& m, std::size_t first, std::size_t last,
                               std::vector<float>& out_first, std::vector<float>& out_second,
                               WordCache& cache) const {
  out_first.resize((last - first) * kTagCount);
  out_second.resize((last - first) * kTagCount);
  std::uint32_t end = m.offsets[last];
  bool shared = !m.word_keys.empty();
  for (std::size_t i = first; i < last; ++i) {
    Scores acc;
    std::uint32_t f = m.offsets[i];
    if (shared) {
      std::uint32_t n = m.word_keys[i];
      if (const Scores* known = cache.find(&m.keys[f], n)) {
        acc = *known;
      } else {
        add_keys(m, f, f + n, end, acc);
        cache.insert(&m.keys[f], n, acc);
      }
      f += n;
    }
    add_keys(m, f, m.offsets[i + 1], end, acc);
    for (std::size_t t = 0; t < kTagCount; ++t) {
      out_first[(i - first) * kTagCount + t] = static_cast<float>(acc.pass[0][t]) * m_scale[0];
      out_second[(i - first) * kTagCount + t] = static_cast<float>(acc.pass[1][t]) * m_scale[1];
    }
  }
}

TwoPassWeights::WordCache::WordCache(std::size_t tokens) {
  std::size_t slots = 16;
  while (slots < tokens * 2) {
    slots *= 2;
  }
  m_table.assign(slots, 0);
  m_mask = static_cast<std::uint32_t>(slots - 1);
  m_entries.reserve(tokens);
}

std::size_t TwoPassWeights::WordCache::slot_of(const std::uint32_t* keys, std::size_t n) const {
  std::uint64_t h = n;
  for (std::size_t k = 0; k < n; ++k) {
    h = (h ^ keys[k]) * 0x9E3779B97F4A7C15ull;
  }
  return static_cast<std::size_t>(h >> 40) & m_mask;
}

const TwoPassWeights::Scores* TwoPassWeights::WordCache::find(const std::uint32_t* keys,
                                                              std::size_t n) const {
  for (std::size_t at = slot_of(keys, n);; at = (at + 1) & m_mask) {
    std::uint32_t e = m_table[at];
    if (e == 0) {
      return nullptr;
    }
    const Entry& entry = m_entries[e - 1];
    if (entry.count == n && std::equal(keys, keys + n, entry.keys)) {
      return &entry.scores;
    }
  }
}

void TwoPassWeights::WordCache::insert(const std::uint32_t* keys, std::size_t n,
                                       const Scores& scores) {
  if (m_entries.size() * 2 >= m_table.size()) {
    return;  // full: the caller looks the keys up itself
  }
  std::size_t at = slot_of(keys, n);
  while (m_table[at] != 0) {
    at = (at + 1) & m_mask;
  }
  m_entries.push_back(Entry{keys, n, scores});
  m_table[at] = static_cast<std::uint32_t>(m_entries.size());
}

void TwoPassWeights::add_hint_emissions(const FeatureMatrix& hints, std::size_t first,
                                        std::size_t last, std::vector<float>& out_second,
                                        WordCache& cache) const {
  std::uint32_t end = hints.offsets[last];
  for (std::size_t i = first; i < last; ++i) {
    std::uint32_t f = hints.offsets[i];
    std::uint32_t n = hints.offsets[i + 1] - f;
    Scores acc;
    if (const Scores* known = cache.find(&hints.keys[f], n)) {
      acc = *known;
    } else {
      add_keys(hints, f, f + n, end, acc);
      cache.insert(&hints.keys[f], n, acc);
    }
    for (std::size_t t = 0; t < kTagCount; ++t) {
      out_second[(i - first) * kTagCount + t] += static_cast<float>(acc.pass[1][t]) * m_scale[1];
    }
  }
}

}  // namespace news::ner
