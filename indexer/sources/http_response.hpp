// HTTP responses as a web archive stores them: status line, headers, body.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace news {

struct HttpResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;                            // with the transfer and content encodings undone

  // The value of a header (name in lower case), or "".
  std::string header(const std::string& name) const;
};

// Parses a response ("HTTP/1.1 200 OK", headers, blank line, body), undoing chunked
// transfer encoding and gzip (or x-gzip, bzip2, xz, zstd) content encoding. Throws
// ReadError when it is not an HTTP response or its body cannot be decoded.
HttpResponse parse_http_response(std::string_view message);

// The body of a chunked transfer ("1a\r\n...\r\n0\r\n\r\n"). Throws ReadError when a
// chunk size is not hexadecimal or a chunk is cut short.
std::string dechunk(std::string_view body);

}  // namespace news
