#include "decompressor.hpp"

#include <archive_entry.h>

#include "sources/input_kind.hpp"
#include "sources/item_limits.hpp"

namespace news {
namespace {

constexpr std::size_t kOutBlockBytes = 256 * 1024;
// Text compresses 3 to 10 times, repetitive text a few hundred times; more than this past
// kBombMinBytes is a decompression bomb.
constexpr std::uint64_t kBombRatio = 500;
constexpr std::uint64_t kBombMinBytes = std::uint64_t{4} << 20;

bool is_gzip(std::string_view bytes) {
  return container_magic(bytes) == Container::gzip;
}

}  // namespace

Decompressor::Decompressor(ByteSource& source) : m_source(source) {
  m_first = m_source.next();
  m_gzip = is_gzip(m_first);
  m_out.resize(kOutBlockBytes);
  if (m_gzip) {
    if (inflateInit2(&m_zlib, 16 + MAX_WBITS) != Z_OK) {
      throw ReadError("cannot start zlib");
    }
    feed_zlib(m_first);
    m_first = {};
    return;
  }
  m_archive.reset(archive_read_new());
  archive_read_support_filter_all(m_archive.get());
  archive_read_support_format_raw(m_archive.get());
  archive_entry* entry = nullptr;
  if (archive_read_open(m_archive.get(), this, nullptr, archive_read, nullptr) != ARCHIVE_OK ||
      archive_read_next_header(m_archive.get(), &entry) != ARCHIVE_OK) {
    m_failure = m_source_error.empty() ? archive_error_string(m_archive.get()) : m_source_error;
    m_done = true;
  }
}

Decompressor::~Decompressor() {
  if (m_gzip) {
    inflateEnd(&m_zlib);
  }
}

la_ssize_t Decompressor::archive_read(archive* /*a*/, void* self, const void** buffer) {
  auto* d = static_cast<Decompressor*>(self);
  std::string_view block;
  if (!d->m_first.empty()) {
    std::swap(block, d->m_first);
  } else {
    try {
      block = d->m_source.next();
    } catch (const ReadError& e) {
      d->m_source_error = e.what();
      return -1;
    }
  }
  *buffer = block.data();
  return static_cast<la_ssize_t>(block.size());
}

std::string_view Decompressor::next() {
  if (m_done) {
    return {};
  }
  const std::string_view block = m_gzip ? next_gzip() : next_archive();
  m_produced += block.size();
  if (block.empty()) {
    m_done = true;
  }
  return block;
}

void Decompressor::check_ratio(std::uint64_t consumed) {
  if (m_produced > kBombMinBytes && m_produced > kBombRatio * consumed) {
    m_bomb = true;
    m_done = true;
    m_failure = "decompression bomb: " + size_text(m_produced) + " from " + size_text(consumed) +
                " (more than " + std::to_string(kBombRatio) + " times); not read";
  }
}

std::string_view Decompressor::next_archive() {
  check_ratio(m_source.consumed());
  if (m_bomb) {
    return {};
  }
  const la_ssize_t n = archive_read_data(m_archive.get(), m_out.data(), m_out.size());
  if (n < 0) {
    const char* message = archive_error_string(m_archive.get());
    m_failure =
        !m_source_error.empty() ? m_source_error : (message != nullptr ? message : "damaged data");
    return {};
  }
  return std::string_view(m_out.data(), static_cast<std::size_t>(n));
}

void Decompressor::feed_zlib(std::string_view block) {
  m_zlib.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(block.data()));
  m_zlib.avail_in = static_cast<uInt>(block.size());
}

bool Decompressor::start_next_member() {
  if (m_zlib.avail_in == 0) {
    feed_zlib(m_source.next());
  }
  if (!is_gzip(std::string_view(reinterpret_cast<const char*>(m_zlib.next_in), m_zlib.avail_in))) {
    return false;  // data after the last member is ignored
  }
  inflateReset(&m_zlib);
  return true;
}

std::string_view Decompressor::next_gzip() {
  while (!m_gzip_end) {
    check_ratio(m_source.consumed() - m_zlib.avail_in);
    if (m_bomb) {
      return {};
    }
    if (m_zlib.avail_in == 0) {
      feed_zlib(m_source.next());
    }
    m_zlib.next_out = reinterpret_cast<Bytef*>(m_out.data());
    m_zlib.avail_out = static_cast<uInt>(m_out.size());
    const bool had_input = m_zlib.avail_in > 0;
    const int status = inflate(&m_zlib, Z_NO_FLUSH);
    const std::size_t n = m_out.size() - m_zlib.avail_out;
    if (status == Z_STREAM_END) {
      m_gzip_end = !start_next_member();
    } else if (status == Z_BUF_ERROR && !had_input) {
      m_failure = "truncated gzip data";
    } else if (status != Z_OK && (status != Z_BUF_ERROR || n == 0)) {
      m_failure = std::string("damaged gzip data: ") +
                  (m_zlib.msg != nullptr ? m_zlib.msg : "inflate failed");
    }
    m_gzip_end = m_gzip_end || !m_failure.empty();
    if (n > 0) {
      return std::string_view(m_out.data(), n);
    }
  }
  return {};
}

std::string decompress_all(std::string_view bytes, std::size_t max_bytes) {
  ByteSource source(bytes);
  Decompressor d(source);
  std::string out;
  for (std::string_view block = d.next(); !block.empty(); block = d.next()) {
    if (out.size() + block.size() > max_bytes) {
      throw ReadError("larger than " + size_text(max_bytes) + " when decompressed; not read");
    }
    out.append(block);
  }
  if (d.bomb()) {
    throw ReadError(d.failure());
  }
  if (!d.failure().empty()) {
    throw ReadError("truncated or damaged compressed data: " + d.failure());
  }
  return out;
}

}  // namespace news
