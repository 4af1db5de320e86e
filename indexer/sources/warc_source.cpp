#include "warc_source.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <set>

#include "date_parser.hpp"
#include "readers/html_reader.hpp"
#include "sources/http_response.hpp"
#include "text/ascii.hpp"

namespace news {
namespace {

std::string trimmed(std::string_view s) {
  const std::size_t first = s.find_first_not_of(" \t\r");
  if (first == s.npos) {
    return {};
  }
  return std::string(s.substr(first, s.find_last_not_of(" \t\r") - first + 1));
}

// Parses the record at `pos`; moves `pos` past it. Returns the reason when it cannot.
std::string parse_record(std::string_view bytes, std::size_t& pos, WarcRecord& record) {
  record.offset = pos;
  std::size_t header_end = bytes.find("\r\n\r\n", pos);
  std::size_t body_start = header_end + 4;
  if (header_end == bytes.npos) {
    header_end = bytes.find("\n\n", pos);
    body_start = header_end + 2;
  }
  if (!bytes.substr(pos).starts_with("WARC/") || header_end == bytes.npos) {
    return "not a WARC record";
  }
  std::string_view head = bytes.substr(pos, header_end - pos);
  for (std::size_t start = head.find('\n'); start != head.npos;) {
    const std::size_t end = head.find('\n', start + 1);
    const std::string_view line = head.substr(start + 1, end - start - 1);
    const std::size_t colon = line.find(':');
    if (colon != line.npos) {
      record.headers[ascii_lower(trimmed(line.substr(0, colon)))] = trimmed(line.substr(colon + 1));
    }
    start = end;
  }
  const std::string length = record.header("content-length");
  std::size_t size = 0;
  const auto [end, error] = std::from_chars(length.data(), length.data() + length.size(), size);
  if (length.empty() || error != std::errc() || end != length.data() + length.size()) {
    return "record without a Content-Length";
  }
  if (body_start > bytes.size() || size > bytes.size() - body_start) {
    return "record cut short (Content-Length " + length + ")";
  }
  record.block = bytes.substr(body_start, size);
  pos = body_start + size;
  return {};
}

bool is_html_response(const WarcRecord& record) {
  return ascii_lower(record.header("warc-type")) == "response" &&
         ascii_lower(record.header("content-type")).starts_with("application/http");
}

std::string label(const WarcRecord& record) {
  return "record " + std::to_string(record.number) + " at byte " + std::to_string(record.offset);
}

// The article of one HTML response record, added to `result`.
void read_response(const WarcRecord& record, const RawItem& item, std::set<std::string>& ids,
                   ReadResult& result) {
  HttpResponse http = parse_http_response(record.block);
  const std::string type = ascii_lower(http.header("content-type"));
  if (http.status < 200 || http.status > 299 || type.find("html") == std::string::npos) {
    ++result.skipped["WARC responses that are not HTML pages"];
    return;
  }
  const std::string uri = record.header("warc-target-uri");
  RawItem page;
  page.id = item.id + "#" + (uri.empty() ? std::to_string(record.number) : uri);
  if (!ids.insert(page.id).second) {
    result.warnings.push_back(label(record) + ": " + uri + " was read from an earlier record");
    return;
  }
  page.path = item.path;
  page.source_file = item.source_file;
  page.name = "page.html";
  page.bytes = std::move(http.body);
  page.field_map = item.field_map;
  page.fallback_date = parse_date(record.header("warc-date"));
  ReadResult pages = read_html_article(page);
  for (Article& a : pages.articles) {
    a.url = a.url.empty() ? uri : a.url;
    a.fallback_date = page.fallback_date;
    result.articles.push_back(std::move(a));
  }
  for (const std::string& w : pages.warnings) {
    result.warnings.push_back(label(record) + ": " + w);
  }
}

}  // namespace

std::string WarcRecord::header(const std::string& name) const {
  const auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

WarcSplit split_warc(std::string_view bytes) {
  WarcSplit split;
  std::size_t pos = 0;
  while (true) {
    while (pos < bytes.size() && (bytes[pos] == '\r' || bytes[pos] == '\n')) {
      ++pos;
    }
    if (pos >= bytes.size()) {
      break;
    }
    WarcRecord record;
    record.number = split.records.size() + 1;
    if (std::string reason = parse_record(bytes, pos, record); !reason.empty()) {
      if (split.records.empty()) {
        throw ReadError("not a WARC file: " + reason + " at byte " + std::to_string(pos));
      }
      split.error = label(record) + ": " + reason + "; the rest of the file is not read";
      break;
    }
    split.records.push_back(std::move(record));
  }
  return split;
}

ReadResult read_warc_file(const RawItem& item) {
  const WarcSplit split = split_warc(item.bytes);
  ReadResult result;
  std::set<std::string> ids;
  for (const WarcRecord& record : split.records) {
    if (!is_html_response(record)) {
      continue;
    }
    try {
      read_response(record, item, ids, result);
    } catch (const ReadError& e) {
      result.errors.push_back(label(record) + ": " + e.what());
    }
  }
  if (!split.error.empty()) {
    result.errors.push_back(split.error);
  }
  return result;
}

}  // namespace news
