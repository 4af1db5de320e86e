#include "seen_files.hpp"

#include <xxhash.h>

#include <algorithm>

namespace news {
namespace {

std::uint64_t id_hash(std::string_view id) {
  return XXH3_64bits(id.data(), id.size());
}

}  // namespace

void SeenFiles::add(std::string_view id) {
  m_hashes.push_back(id_hash(id));
}

void SeenFiles::seal() {
  std::sort(m_hashes.begin(), m_hashes.end());
  m_hashes.erase(std::unique(m_hashes.begin(), m_hashes.end()), m_hashes.end());
}

bool SeenFiles::contains(std::string_view id) const {
  return std::binary_search(m_hashes.begin(), m_hashes.end(), id_hash(id));
}

}  // namespace news
