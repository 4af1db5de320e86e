#include "gunzip.hpp"

#include <zlib.h>

namespace news {

bool is_gzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

std::string gunzip_prefix(std::string_view bytes, std::size_t max_bytes, std::string& failure) {
  z_stream z{};
  if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) {
    failure = "cannot start zlib";
    return {};
  }
  std::string out;
  char buffer[64 * 1024];
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  while (true) {
    z.next_out = reinterpret_cast<Bytef*>(buffer);
    z.avail_out = sizeof buffer;
    const int status = inflate(&z, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - z.avail_out);
    if (out.size() > max_bytes) {
      failure = "larger than " + std::to_string(max_bytes >> 20) + " MB when decompressed";
      break;
    }
    if (status == Z_OK) {
      continue;
    }
    const std::string_view rest(reinterpret_cast<const char*>(z.next_in), z.avail_in);
    if (status == Z_STREAM_END && is_gzip(rest)) {
      inflateReset(&z);  // the next gzip member
      continue;
    }
    if (status == Z_BUF_ERROR && z.avail_in == 0) {
      failure = "truncated gzip data";
    } else if (status != Z_STREAM_END) {
      failure = std::string("damaged gzip data: ") + (z.msg != nullptr ? z.msg : "inflate failed");
    }
    break;  // data after the last member is ignored
  }
  inflateEnd(&z);
  return out;
}

}  // namespace news
