#include "file_reading.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <semaphore>

#include "document_codec.hpp"
#include "enrich/enrich.hpp"
#include "readers/reader_registry.hpp"
#include "sources/input_names.hpp"
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
  std::string bytes;  // the first `keep` bytes
  std::uint64_t size = 0;
  std::string hash;  // of all of it
};

// Reads the file in blocks: hashes all of it and keeps its first `keep` bytes. The block
// is no larger than the file was when scanned (most articles are a few KB: a 1 MB block
// cleared for each of them cost more than reading them).
bool read_bytes(const std::string& path, std::uint64_t size, std::size_t keep, FileBytes& out,
                std::string& failure) {
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                             std::fclose);
  if (!file) {
    failure = std::string("cannot open: ") + std::strerror(errno);
    return false;
  }
  schema::ContentHasher hasher;
  std::string block(std::clamp<std::uint64_t>(size + 1, kMinReadBlockBytes, kReadBlockBytes), '\0');
  while (const std::size_t n = std::fread(block.data(), 1, block.size(), file.get())) {
    const std::string_view read(block.data(), n);
    hasher.update(read);
    out.size += n;
    if (out.bytes.size() < keep) {
      out.bytes.append(read.substr(0, keep - out.bytes.size()));
    }
  }
  if (std::ferror(file.get()) != 0) {
    failure = "read error";
    return false;
  }
  out.hash = hasher.digest();
  return true;
}

bool is_container_name(std::string_view name) {
  return is_archive_name(name) || compressed_inner_name(name).has_value();
}

// How much of a file is read into memory: nothing of a container (it is streamed from
// its file), the beginning of an article, a record file whole (up to the limit).
std::size_t bytes_to_keep(std::string_view name, std::size_t max_article_bytes) {
  if (is_container_name(name)) {
    return 0;
  }
  return reads_one_article(name) ? max_article_bytes : kMaxRecordFileBytes + 1;
}

// Fills `item.bytes` (or `item.disk_path`) from the file; false with the reason when the
// file cannot be read or is too large to be read whole.
bool load_item(const InputFile& file, RawItem& item, FileOutcome& out) {
  const std::size_t keep = bytes_to_keep(file.disk_path, item.max_article_bytes);
  FileBytes bytes;
  if (!read_bytes(file.disk_path, file.size, keep, bytes, out.failure)) {
    return false;
  }
  out.stamp = {bytes.size, file.mtime_ns, bytes.hash};
  if (keep == 0) {
    item.disk_path = file.disk_path;
  } else if (!reads_one_article(file.disk_path) && bytes.size > kMaxRecordFileBytes) {
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
  if (is_container_name(file.disk_path)) {
    return file.size > kHeavyContainerBytes;
  }
  return std::min<std::uint64_t>(file.size, bytes_to_keep(file.disk_path, max_article_bytes)) >
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

FileOutcome read_input_file(const InputFile& file, const std::optional<std::string>& known_hash,
                            const ReadSettings& settings) {
  FileOutcome out;
  RawItem item;
  item.max_article_bytes = settings.max_article_bytes;
  if (!load_item(file, item, out)) {
    return out;
  }
  if (known_hash && *known_hash == out.stamp.content_hash) {
    out.unchanged = true;
    out.result = {};
    return out;
  }
  item.id = file.relative;  // readers and dates see the path inside the collection
  item.path = file.path;
  item.source_file = file.id;
  item.name = file.disk_path;
  item.field_map = settings.field_map;
  try {
    merge_read(read_item(item), out.result);
    for (Article& article : out.result.articles) {
      if (std::string warning = cap_article_body(article, settings.max_article_bytes);
          !warning.empty()) {
        out.result.warnings.push_back(std::move(warning));
      }
      enrich_article(article);
      if (!file.collection.empty()) {
        article.id = file.collection + "/" + article.id;
      }
    }
  } catch (const ReadError& e) {
    out.failure = e.what();
  } catch (const std::exception& e) {
    out.failure = std::string("internal error while reading: ") + e.what();
  }
  return out;
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
