#include "file_reading.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <semaphore>

#include "document_codec.hpp"
#include "enrich/enrich.hpp"
#include "sources/input_kind.hpp"
#include "sources/item_limits.hpp"
#include "sources/item_reading.hpp"
#include "spelling_data.hpp"

namespace news {
namespace {

constexpr std::size_t kReadBlockBytes = 1 << 20;
constexpr std::size_t kMinReadBlockBytes = 1 << 12;
constexpr std::uint64_t kHeavyKeptBytes = std::uint64_t{4} << 20;
constexpr std::uint64_t kHeavyContainerBytes = std::uint64_t{1} << 20;

std::counting_semaphore<2> g_heavy_slots(2);

// What a file holds, as far as it is kept in memory.
struct FileBytes {
  InputKind kind;     // by its name and first bytes
  std::string bytes;  // the first `keep` bytes (bytes_to_keep)
  std::uint64_t size = 0;
  std::string hash;  // of all of it
};

// How much of a file is read into memory: nothing of a container (it is streamed from
// its file), the beginning of an article, a record file whole (up to the limit).
std::size_t bytes_to_keep(const InputKind& kind, std::size_t max_article_bytes) {
  if (kind.is_container()) {
    return 0;
  }
  return kind.one_article ? max_article_bytes : kMaxRecordFileBytes + 1;
}

// Reads the file in blocks: hashes all of it and keeps its beginning, as much as its kind
// (known from the first block) asks. The block is no larger than the file was when
// scanned (most articles are a few KB: a 1 MB block cleared for each of them cost more
// than reading them).
bool read_bytes(const InputFile& file, std::size_t max_article_bytes, FileBytes& out,
                std::string& failure) {
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> handle(
      std::fopen(file.disk_path.c_str(), "rb"), std::fclose);
  if (!handle) {
    failure = std::string("cannot open: ") + std::strerror(errno);
    return false;
  }
  schema::ContentHasher hasher;
  std::string block(std::clamp<std::uint64_t>(file.size + 1, kMinReadBlockBytes, kReadBlockBytes),
                    '\0');
  out.kind = classify_name(file.disk_path);
  std::size_t keep = 0;
  while (const std::size_t n = std::fread(block.data(), 1, block.size(), handle.get())) {
    const std::string_view read(block.data(), n);
    if (out.size == 0) {
      out.kind = sniff_kind(std::move(out.kind), file.disk_path, read);
      keep = bytes_to_keep(out.kind, max_article_bytes);
    }
    hasher.update(read);
    out.size += n;
    if (out.bytes.size() < keep) {
      out.bytes.append(read.substr(0, keep - out.bytes.size()));
    }
  }
  if (std::ferror(handle.get()) != 0) {
    failure = "read error";
    return false;
  }
  out.hash = hasher.digest();
  return true;
}

// Fills `item.bytes` (or `item.disk_path`) from the file and `kind`; false with the reason
// when the file cannot be read or is too large to be read whole.
bool load_item(const InputFile& file, RawItem& item, InputKind& kind, FileOutcome& out) {
  FileBytes bytes;
  if (!read_bytes(file, item.max_article_bytes, bytes, out.failure)) {
    return false;
  }
  kind = std::move(bytes.kind);
  const std::size_t keep = bytes_to_keep(kind, item.max_article_bytes);
  out.stamp = {bytes.size, file.mtime_ns, bytes.hash};
  if (keep == 0) {
    item.disk_path = file.disk_path;
  } else if (!kind.one_article && bytes.size > kMaxRecordFileBytes) {
    out.failure = "larger than " + size_text(kMaxRecordFileBytes) + " (" + size_text(bytes.size) +
                  "): record files are read whole; split it to index it";
    return false;
  } else if (bytes.size > keep) {
    bytes.bytes.resize(article_cut(bytes.bytes, keep));
    out.result.warnings.push_back(cut_warning(bytes.size, keep, true));
  }
  item.bytes = std::move(bytes.bytes);
  return true;
}

void merge_read(ReadResult read, ReadResult& into) {
  for (std::string& w : read.warnings) {
    into.warnings.push_back(std::move(w));
  }
  into.articles = std::move(read.articles);
  into.errors = std::move(read.errors);
  into.skipped = std::move(read.skipped);
}

}  // namespace

bool is_heavy(const InputFile& file, std::size_t max_article_bytes) {
  const InputKind kind = classify_name(file.disk_path);
  if (kind.is_container()) {
    return file.size > kHeavyContainerBytes;
  }
  return std::min<std::uint64_t>(file.size, bytes_to_keep(kind, max_article_bytes)) >
         kHeavyKeptBytes;
}

HeavyFileSlot::HeavyFileSlot(bool heavy) : m_held(heavy) {
  if (m_held) {
    g_heavy_slots.acquire();
  }
}

HeavyFileSlot::~HeavyFileSlot() {
  if (m_held) {
    g_heavy_slots.release();
  }
}

LoadedFile load_input_file(const InputFile& file, const std::optional<std::string>& known_hash,
                           const ReadSettings& settings) {
  LoadedFile loaded;
  FileOutcome& out = loaded.outcome;
  RawItem& item = loaded.item;
  item.max_article_bytes = settings.max_article_bytes;
  if (!load_item(file, item, loaded.kind, out)) {
    return loaded;
  }
  if (known_hash && *known_hash == out.stamp.content_hash) {
    out.unchanged = true;
    out.result = {};
    return loaded;
  }
  item.id = file.relative;  // readers and dates see the path inside the collection
  item.path = file.path;
  item.source_file = file.id;
  item.name = file.disk_path;
  item.field_map = settings.field_map;
  return loaded;
}

void finish_articles(std::vector<Article>& articles, const InputFile& file,
                     const ReadSettings& settings, std::vector<std::string>& warnings) {
  for (Article& article : articles) {
    if (std::string warning = cap_article_body(article, settings.max_article_bytes);
        !warning.empty()) {
      warnings.push_back(std::move(warning));
    }
    enrich_article(article);
    if (!file.collection.empty()) {
      article.id = file.collection + "/" + article.id;
    }
  }
}

std::string read_failure(const std::exception& e) {
  if (dynamic_cast<const ReadError*>(&e) != nullptr) {
    return e.what();
  }
  return std::string("internal error while reading: ") + e.what();
}

void add_read(ReadResult read, ReadResult& into) {
  merge_read(std::move(read), into);
}

FileOutcome read_loaded(LoadedFile& loaded, const InputFile& file, const ReadSettings& settings) {
  FileOutcome& out = loaded.outcome;
  if (!loaded.to_read()) {
    return std::move(out);
  }
  try {
    merge_read(read_item_as(loaded.item, loaded.kind), out.result);
    finish_articles(out.result.articles, file, settings, out.result.warnings);
  } catch (const std::exception& e) {
    out.failure = read_failure(e);
  }
  return std::move(out);
}

FileOutcome read_input_file(const InputFile& file, const std::optional<std::string>& known_hash,
                            const ReadSettings& settings) {
  LoadedFile loaded = load_input_file(file, known_hash, settings);
  return read_loaded(loaded, file, settings);
}

void encode_articles(FileOutcome& outcome, const catalogue::LinkSnapshot* links) {
  thread_local schema::DocumentCodec codec;  // owns a TermGenerator: one per thread
  outcome.documents.clear();
  outcome.spelling_words.clear();
  for (Article& article : outcome.result.articles) {
    if (links != nullptr) {
      links->add_known_persons(article);
    }
    outcome.documents.push_back(codec.encode(article, outcome.stamp));
    if (links != nullptr) {
      links->link(article, outcome.documents.back());
    }
    for (std::string& word : schema::spelling_words(outcome.documents.back())) {
      outcome.spelling_words.push_back(std::move(word));
    }
  }
}

}  // namespace news
