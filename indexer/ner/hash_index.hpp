#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace news::ner {

inline constexpr std::uint64_t kFnvOffset = 0xCBF29CE484222325ull;

// Continues a 64-bit FNV-1a hash over `s`; with `lower`, ASCII letters are hashed as
// lower case.
inline std::uint64_t fnv1a_extend(std::uint64_t h, std::string_view s, bool lower = false) {
  for (char c : s) {
    auto b = static_cast<unsigned char>(c);
    h ^= lower && b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b;
    h *= 0x100000001B3ull;
  }
  return h;
}

// A finished hash is never 0 (the empty-slot marker of HashIndex).
inline std::uint64_t fnv1a_finish(std::uint64_t h) {
  return h == 0 ? 1 : h;
}

// 64-bit FNV-1a hash of a byte string.
inline std::uint64_t fnv1a(std::string_view s) {
  return fnv1a_finish(fnv1a_extend(kFnvOffset, s));
}

// Linear probing over an open-addressing table of slots with a `key` member (0 marks an
// empty slot; the table has a power-of-two size `mask + 1` and at least one empty slot).
// The slot holding `key`, or nullptr.
template <typename Slot>
const Slot* probe_slots(const std::vector<Slot>& slots, std::uint32_t mask, std::uint32_t key) {
  for (std::uint32_t at = key & mask;; at = (at + 1) & mask) {
    const Slot& slot = slots[at];
    if (slot.key == key) {
      return &slot;
    }
    if (slot.key == 0) {
      return nullptr;
    }
  }
}

// Open-addressing map from a 64-bit string hash to a small value: a lookup touches one
// cache line, where a string-keyed std::unordered_map chases nodes. Collisions of
// distinct strings are ignored (2^-64).
template <typename V>
class HashIndex {
 public:
  void insert(std::uint64_t key, V value) {
    if ((m_size + 1) * 2 > m_entries.size()) {
      grow();
    }
    Entry& e = m_entries[slot(key)];
    m_size += e.key == 0 ? 1 : 0;
    e = Entry{key, value};
  }

  const V* find(std::uint64_t key) const {
    if (m_entries.empty()) {
      return nullptr;
    }
    const Entry& e = m_entries[slot(key)];
    return e.key == key ? &e.value : nullptr;
  }

 private:
  struct Entry {
    std::uint64_t key = 0;  // 0: empty
    V value{};
  };

  // The slot holding `key`, or the empty slot where it would go.
  std::size_t slot(std::uint64_t key) const {
    std::size_t mask = m_entries.size() - 1;
    std::size_t at = static_cast<std::size_t>(key ^ (key >> 29)) & mask;
    while (m_entries[at].key != 0 && m_entries[at].key != key) {
      at = (at + 1) & mask;
    }
    return at;
  }

  void grow() {
    std::vector<Entry> old = std::move(m_entries);
    m_entries.assign(old.empty() ? 64 : old.size() * 2, Entry{});
    for (const Entry& e : old) {
      if (e.key != 0) {
        m_entries[slot(e.key)] = e;
      }
    }
  }

  std::vector<Entry> m_entries;
  std::size_t m_size = 0;
};

}  // namespace news::ner
