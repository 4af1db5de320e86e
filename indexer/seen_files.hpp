// The ids of the files an indexing run walked, to find the files the index holds that are
// gone, without a list of every id: 8 bytes a file.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace news {

// A set of 64-bit hashes of ids (XXH3). contains() is true for every id added, and for an
// id never added only when its hash equals one added (about n / 2^64 for n ids): the
// answer can be wrong only towards "seen", so a file gone may (that rarely) be kept, and a
// file walked is never taken as gone.
class SeenFiles {
 public:
  // Room for `count` ids, so that the set is not copied as it grows.
  void reserve(std::size_t count) { m_hashes.reserve(count); }
  void add(std::string_view id);
  // Sorts the hashes; add() may be called again after it, then seal() again.
  void seal();
  // Only after seal().
  bool contains(std::string_view id) const;
  std::size_t size() const { return m_hashes.size(); }

 private:
  std::vector<std::uint64_t> m_hashes;
};

}  // namespace news
