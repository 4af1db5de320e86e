#include "byte_source.hpp"

#include <cerrno>
#include <cstring>

namespace news {
namespace {

constexpr std::size_t kBlockBytes = 64 * 1024;

}  // namespace

ByteSource::ByteSource(const RawItem& item) : m_memory(item.bytes) {
  if (item.disk_path.empty()) {
    return;
  }
  m_file.reset(std::fopen(item.disk_path.c_str(), "rb"));
  if (!m_file) {
    throw ReadError(std::string("cannot open: ") + std::strerror(errno));
  }
  m_buffer.resize(kBlockBytes);
}

ByteSource::ByteSource(std::string_view bytes) : m_memory(bytes) {}

std::string_view ByteSource::next() {
  if (!m_file) {
    if (m_memory_done) {
      return {};
    }
    m_memory_done = true;
    m_consumed += m_memory.size();
    return m_memory;
  }
  const std::size_t n = std::fread(m_buffer.data(), 1, m_buffer.size(), m_file.get());
  if (n == 0 && std::ferror(m_file.get()) != 0) {
    throw ReadError(std::string("read error: ") + std::strerror(errno));
  }
  m_consumed += n;
  return std::string_view(m_buffer.data(), n);
}

}  // namespace news
