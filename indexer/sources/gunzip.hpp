// gzip data -> bytes with zlib, keeping what comes before damage (libarchive drops it).
#pragma once

#include <string>
#include <string_view>

namespace news {

// True when `bytes` start with the gzip magic number.
bool is_gzip(std::string_view bytes);

// Decompresses every gzip member in `bytes` (concatenated members, as in .warc.gz, are
// read one after the other). On truncated or damaged data returns what was decompressed
// before the damage and sets `failure`. Stops with a failure past `max_bytes` of output.
std::string gunzip_prefix(std::string_view bytes, std::size_t max_bytes, std::string& failure);

}  // namespace news
