// The raw bytes of a container, from memory or read from its file in blocks, so that a
// large archive or compressed file is never held whole in memory.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "readers/reader.hpp"

namespace news {

class ByteSource {
 public:
  // The item's file (item.disk_path) when set, else its bytes (which must outlive this).
  explicit ByteSource(const RawItem& item);
  explicit ByteSource(std::string_view bytes);

  // The next block of bytes; empty at the end. Throws ReadError when the file cannot be
  // opened or read.
  std::string_view next();

  // Bytes handed out so far.
  std::uint64_t consumed() const { return m_consumed; }

 private:
  std::string_view m_memory;
  bool m_memory_done = false;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> m_file{nullptr, std::fclose};
  std::string m_buffer;
  std::uint64_t m_consumed = 0;
};

}  // namespace news
