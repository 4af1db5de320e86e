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

// Reads a page taken out of a record (WarcStream::next).
ReadResult read_page(TakenItem taken) {
  ReadResult result = std::move(taken.notes);
  if (!taken.item) {
    return result;
  }
  try {
    ReadResult pages = read_html_article(*taken.item);
    for (Article& a : pages.articles) {
      a.url = a.url.empty() ? taken.url : a.url;
      a.fallback_date = taken.item->fallback_date;
      result.articles.push_back(std::move(a));
    }
    for (const std::string& w : pages.warnings) {
      result.warnings.push_back(taken.label + ": " + w);
    }
  } catch (const ReadError& e) {
    result.errors.push_back(taken.label + ": " + e.what());
  }
  return result;
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

WarcStream::WarcStream(const RawItem& item) : m_item(item), m_split(split_warc(item.bytes)) {}

std::optional<TakenItem> WarcStream::next() {
  while (m_next < m_split.records.size()) {
    const WarcRecord& record = m_split.records[m_next++];
    if (!is_html_response(record)) {
      continue;
    }
    TakenItem taken;
    taken.read = read_page;
    taken.label = label(record);
    try {
      if (take_page(record, taken)) {
        return taken;
      }
    } catch (const ReadError& e) {
      taken.notes.errors.push_back(taken.label + ": " + e.what());
      return taken;
    }
  }
  return std::nullopt;
}

// The page of an HTML response record; false when the response is not a page to read
// (counted). A page whose id was read from an earlier record is one warning.
bool WarcStream::take_page(const WarcRecord& record, TakenItem& taken) {
  HttpResponse http = parse_http_response(record.block);
  const std::string type = ascii_lower(http.header("content-type"));
  if (http.status < 200 || http.status > 299 || type.find("html") == std::string::npos) {
    ++m_skipped["WARC responses that are not HTML pages"];
    return false;
  }
  taken.url = record.header("warc-target-uri");
  RawItem page;
  page.id = m_item.id + "#" + (taken.url.empty() ? std::to_string(record.number) : taken.url);
  if (!m_ids.insert(page.id).second) {
    taken.notes.warnings.push_back(taken.label + ": " + taken.url +
                                   " was read from an earlier record");
    return true;
  }
  page.path = m_item.path;
  page.source_file = m_item.source_file;
  page.name = "page.html";
  page.bytes = std::move(http.body);
  page.field_map = m_item.field_map;
  page.fallback_date = parse_date(record.header("warc-date"));
  taken.item = std::move(page);
  return true;
}

void WarcStream::finish(ReadResult& result) {
  for (const auto& [reason, count] : m_skipped) {
    result.skipped[reason] += count;
  }
  if (!m_split.error.empty()) {
    result.errors.push_back(m_split.error);
  }
}

ReadResult read_warc_file(const RawItem& item) {
  WarcStream stream(item);
  return read_stream(stream);
}

}  // namespace news
