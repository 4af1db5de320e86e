// What sources hand to readers, and what readers give back.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "article.hpp"

namespace news {

// `--map FIELD=KEY` overrides for record formats (JSON, CSV): article field -> record key.
using FieldMap = std::map<std::string, std::string>;

// Articles longer than this (--max-article-bytes) keep their beginning only.
constexpr std::size_t kDefaultMaxArticleBytes = std::size_t{10} << 20;

// One unit of input: a file, an archive member or a record of a web archive.
struct RawItem {
  std::string id;           // stable id: path relative to the indexed root (+ "!/member")
  std::string path;         // where the user finds it (absolute or as given)
  std::string source_file;  // id of the file on disk it came from
  std::string name;         // file or member name, for extension and date-in-name checks
  std::string bytes;
  // Archives and compressed files are not loaded: when `disk_path` is set, `bytes` is
  // empty and containers read the file in blocks.
  std::string disk_path;
  std::size_t max_article_bytes = kDefaultMaxArticleBytes;
  std::optional<Timestamp> fallback_date;     // e.g. a WARC-Date, used only as a weak date
  std::shared_ptr<const FieldMap> field_map;  // the user's --map options, never null
};

// The articles a reader found in one item, and what it has to say about the item.
struct ReadResult {
  std::vector<Article> articles;
  std::vector<std::string> warnings;           // the item was read, but the user should know
  std::vector<std::string> errors;             // parts (records) that could not be read
  std::map<std::string, std::size_t> skipped;  // archive members left out: reason -> count
};

// Thrown by a reader when nothing of an item can be read; the message is the reason.
class ReadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace news
