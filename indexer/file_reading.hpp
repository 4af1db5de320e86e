// One input file -> its articles: read the bytes, pick the reader, enrich.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>

#include "article.hpp"
#include "catalogue/link_snapshot.hpp"
#include "readers/reader.hpp"
#include "scanner.hpp"
#include "sources/input_kind.hpp"

namespace news {

struct FileOutcome {
  FileStamp stamp;
  bool unchanged = false;  // content hash equals `known_hash`: nothing was parsed
  ReadResult result;
  std::string failure;  // non-empty when nothing of the file could be read: the reason
  std::vector<Xapian::Document> documents;  // the articles encoded for the index, when asked
  std::vector<std::string> spelling_words;  // of all the documents (schema::spelling_words)
  // An archive read in parts whose reading an interrupt stopped: the parts taken before are
  // good articles, but the file was not read whole (no messages, never stamped complete).
  bool cut_short = false;
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

// A file loaded for reading: its stamp and what is kept of it in memory (nothing of a
// container: `item.disk_path` is set). When the outcome already says all (it failed, or its
// content is `known_hash`), there is nothing to read.
struct LoadedFile {
  FileOutcome outcome;
  RawItem item;
  InputKind kind;  // by its name and first bytes
  bool to_read() const { return outcome.failure.empty() && !outcome.unchanged; }
};

// The first half of read_input_file: hashes the whole file, keeps what is to be parsed.
LoadedFile load_input_file(const InputFile& file, const std::optional<std::string>& known_hash,
                           const ReadSettings& settings);

// The second half of read_input_file: parses what `loaded` holds (when it is to be read).
FileOutcome read_loaded(LoadedFile& loaded, const InputFile& file, const ReadSettings& settings);

// Adds what a reader found in a loaded file to its outcome's result (after the warnings of
// loading it), as read_loaded does.
void add_read(ReadResult read, ReadResult& into);

// Articles as read -> as indexed: bodies cut to --max-article-bytes (the warnings are added
// to `warnings`), enriched (dates, entities), ids in the file's collection.
void finish_articles(std::vector<Article>& articles, const InputFile& file,
                     const ReadSettings& settings, std::vector<std::string>& warnings);

// The failure of a file for an exception thrown while reading it: a ReadError's reason, or
// "internal error while reading: ...".
std::string read_failure(const std::exception& e);

// Reads and parses `file`, streaming it: the whole file is hashed, but only what is parsed
// is held in memory (archives and compressed files are read in blocks). When `known_hash`
// is given and the content hashes to it, the file is not parsed and the outcome is marked
// unchanged. Never throws for bad input.
FileOutcome read_input_file(const InputFile& file, const std::optional<std::string>& known_hash,
                            const ReadSettings& settings);

}  // namespace news
