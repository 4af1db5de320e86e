#include "http_response.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "readers/reader.hpp"
#include "sources/decompressor.hpp"
#include "sources/item_limits.hpp"
#include "text/ascii.hpp"

namespace news {
namespace {

// The next line of `text` from `pos` (without its line end); moves `pos` past it.
std::string_view next_line(std::string_view text, std::size_t& pos) {
  std::size_t end = text.find('\n', pos);
  end = end == text.npos ? text.size() : end;
  std::string_view line = text.substr(pos, end - pos);
  pos = std::min(end + 1, text.size());
  if (!line.empty() && line.back() == '\r') {
    line.remove_suffix(1);
  }
  return line;
}

int status_of(std::string_view status_line) {
  if (!status_line.starts_with("HTTP/")) {
    throw ReadError("not an HTTP response");
  }
  const std::size_t space = status_line.find(' ');
  if (space == status_line.npos || space + 4 > status_line.size() ||
      !std::isdigit(static_cast<unsigned char>(status_line[space + 1]))) {
    throw ReadError("HTTP status line without a status");
  }
  return std::stoi(std::string(status_line.substr(space + 1, 3)));
}

}  // namespace

std::string HttpResponse::header(const std::string& name) const {
  const auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

HttpResponse parse_http_response(std::string_view message) {
  HttpResponse response;
  std::size_t pos = 0;
  response.status = status_of(next_line(message, pos));
  while (pos < message.size()) {
    const std::string_view line = next_line(message, pos);
    if (line.empty()) {
      break;
    }
    const std::size_t colon = line.find(':');
    if (colon != line.npos) {
      response.headers[ascii_lower(trim_spaces(line.substr(0, colon)))] =
          trim_spaces(line.substr(colon + 1));
    }
  }
  std::string body(message.substr(pos));
  if (ascii_lower(response.header("transfer-encoding")).find("chunked") != std::string::npos) {
    body = dechunk(body);
  }
  const std::string encoding = ascii_lower(response.header("content-encoding"));
  if (!encoding.empty() && encoding != "identity") {
    if (encoding != "gzip" && encoding != "x-gzip" && encoding != "bzip2" && encoding != "xz" &&
        encoding != "zstd") {
      throw ReadError("unsupported content encoding \"" + encoding + "\"");
    }
    body = decompress_all(body, kMaxRecordFileBytes);
  }
  response.body = std::move(body);
  return response;
}

std::string dechunk(std::string_view body) {
  std::string out;
  std::size_t pos = 0;
  while (pos < body.size()) {
    const std::string_view size_line = next_line(body, pos);
    const std::string hex(trim_spaces(size_line.substr(0, size_line.find(';'))));
    std::size_t size = 0;
    const auto [end, error] = std::from_chars(hex.data(), hex.data() + hex.size(), size, 16);
    if (hex.empty() || error != std::errc() || end != hex.data() + hex.size()) {
      throw ReadError("bad chunk size \"" + hex + "\" in chunked body");
    }
    if (size == 0) {
      break;
    }
    if (size > body.size() - pos) {
      throw ReadError("chunked body cut short");
    }
    out.append(body.substr(pos, size));
    pos += size;
    next_line(body, pos);  // the CRLF after the chunk
  }
  return out;
}

}  // namespace news
