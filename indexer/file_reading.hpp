// One input file -> its articles: read the bytes, pick the reader, enrich.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>

#include "article.hpp"
#include "catalogue/link_snapshot.hpp"
#include "readers/reader.hpp"
#include "scanner.hpp"

namespace news {

struct FileOutcome {
  FileStamp stamp;
  bool unchanged = false;  // content hash equals `known_hash`: nothing was parsed
  ReadResult result;
  std::string failure;  // non-empty when nothing of the file could be read: the reason
  std::vector<Xapian::Document> documents;  // the articles encoded for the index, when asked
  std::vector<std::string> spelling_words;  // of all the documents (schema::spelling_words)
};

// Encodes the outcome's articles into `documents` (terms, values, data), on the calling
// thread: workers do this so that the one writer only stores them. With `links`, their
// entities are linked to canonical names as far as the catalogue allows yet.
void encode_articles(FileOutcome& outcome, const catalogue::LinkSnapshot* links = nullptr);

// How files are read.
struct ReadSettings {
  std::shared_ptr<const FieldMap> field_map;  // --map, never null
  // --max-article-bytes: of a longer article only the beginning is read, with a warning;
  // a text or HTML file (or member) longer than this is never loaded whole.
  std::size_t max_article_bytes = kDefaultMaxArticleBytes;
};

// A file whose reading may take much memory: more than 4 MB of article text or records
// kept, or a container of more than 1 MB (its members expand). Few of them are read at
// once and few are held per chunk, so that peak memory does not grow with --jobs.
bool is_heavy(const InputFile& file, std::size_t max_article_bytes);

// Held while a heavy file is read and encoded: at most two at a time, whatever --jobs is.
class HeavyFileSlot {
 public:
  explicit HeavyFileSlot(bool heavy);
  ~HeavyFileSlot();
  HeavyFileSlot(const HeavyFileSlot&) = delete;
  HeavyFileSlot& operator=(const HeavyFileSlot&) = delete;

 private:
  bool m_held;
};

// Reads and parses `file`, streaming it: the whole file is hashed, but only what is parsed
// is held in memory (archives and compressed files are read in blocks). When `known_hash`
// is given and the content hashes to it, the file is not parsed and the outcome is marked
// unchanged. Never throws for bad input.
FileOutcome read_input_file(const InputFile& file, const std::optional<std::string>& known_hash,
                            const ReadSettings& settings);

}  // namespace news
