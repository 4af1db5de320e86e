// Web archives (.warc; .warc.gz through the compressed-file source): each HTML response
// record is one article.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "readers/reader.hpp"
#include "sources/item_stream.hpp"

namespace news {

struct WarcRecord {
  std::size_t number = 0;                      // 1-based position in the file
  std::size_t offset = 0;                      // byte offset of its "WARC/" line
  std::map<std::string, std::string> headers;  // names in lower case
  std::string_view block;                      // Content-Length bytes after the headers

  std::string header(const std::string& name) const;
};

struct WarcSplit {
  std::vector<WarcRecord> records;
  std::string error;  // non-empty: the file is damaged after the last record listed
};

// Splits WARC data into records (views into `bytes`). Throws ReadError when the data
// does not start with a WARC record.
WarcSplit split_warc(std::string_view bytes);

// The pages of a web archive one at a time (each HTML response record; see read_warc_file).
class WarcStream : public ItemStream {
 public:
  // Splits the item's bytes (which must outlive this) into records. Throws ReadError when
  // they do not start with a WARC record.
  explicit WarcStream(const RawItem& item);
  std::optional<TakenItem> next() override;
  void finish(ReadResult& result) override;

 private:
  bool take_page(const WarcRecord& record, TakenItem& taken);

  const RawItem& m_item;
  WarcSplit m_split;
  std::size_t m_next = 0;
  std::set<std::string> m_ids;  // pages taken, so that a URI is read once
  std::map<std::string, std::size_t> m_skipped;
};

// Reads each `response` record whose HTTP content type is HTML with read_html_article:
// the id is `<item id>#<WARC-Target-URI>`, the target URI is the url when the page names
// none, and the WARC-Date is the article's fallback date. Other records are left out;
// non-HTML responses are counted in `skipped`. A record that cannot be read is one error
// line ("record 3 at byte 1234: ..."); later records are still read.
ReadResult read_warc_file(const RawItem& item);

}  // namespace news
