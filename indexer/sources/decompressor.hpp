// Streaming decompression of gzip (zlib, keeping what comes before damage and reading
// concatenated members), bzip2, xz and zstd (libarchive), block by block, with a guard
// against decompression bombs.
#pragma once

#include <archive.h>

#include <zlib.h>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "sources/byte_source.hpp"

namespace news {

class Decompressor {
 public:
  // Reads the first block of `source` (which must outlive this) to recognise the format;
  // data that is not compressed comes out as it is.
  explicit Decompressor(ByteSource& source);
  ~Decompressor();
  Decompressor(const Decompressor&) = delete;
  Decompressor& operator=(const Decompressor&) = delete;

  // The next block of decompressed data, valid until the next call. Empty at the end, on
  // damage (failure() says why; what came before stays good) and on a bomb.
  std::string_view next();

  // Why the data ended early ("truncated gzip data"), or "".
  const std::string& failure() const { return m_failure; }
  // The data expands more than 500 times past 4 MB: failure() says so; nothing of it
  // should be used.
  bool bomb() const { return m_bomb; }
  std::uint64_t produced() const { return m_produced; }

 private:
  std::string_view next_gzip();
  void feed_zlib(std::string_view block);
  bool start_next_member();
  std::string_view next_archive();
  void check_ratio(std::uint64_t consumed);
  static la_ssize_t archive_read(archive* a, void* self, const void** buffer);

  ByteSource& m_source;
  std::string_view m_first;  // the first block, not yet handed to the decoder
  bool m_gzip = false;
  bool m_done = false;
  bool m_gzip_end = false;
  z_stream m_zlib{};
  std::unique_ptr<archive, int (*)(archive*)> m_archive{nullptr, archive_read_free};
  std::string m_source_error;  // a ReadError from the source inside a libarchive callback
  std::string m_out;
  std::string m_failure;
  bool m_bomb = false;
  std::uint64_t m_produced = 0;
};

// All of `bytes` decompressed, up to `max_bytes`. Throws ReadError on damage, on a bomb and
// past `max_bytes` (for web archive bodies and the like, read whole).
std::string decompress_all(std::string_view bytes, std::size_t max_bytes);

}  // namespace news
