#include "archive_source.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <memory>

#include "path_names.hpp"
#include "sources/input_names.hpp"
#include "sources/item_limits.hpp"
#include "sources/item_reading.hpp"

namespace news {
namespace {

using ArchivePtr = std::unique_ptr<archive, int (*)(archive*)>;

std::string error_of(archive* a) {
  const char* message = archive_error_string(a);
  return message != nullptr ? message : "unknown libarchive error";
}

// libarchive pulls a compressed tar's data from our decompressor, so that a cut-off or
// damaged stream still yields the members before the damage.
la_ssize_t pull_decompressed(archive* /*a*/, void* decompressor, const void** buffer) {
  const std::string_view block = static_cast<Decompressor*>(decompressor)->next();
  *buffer = block.data();
  return static_cast<la_ssize_t>(block.size());
}

// An archive reader over the item's file or bytes, or over `tar` when given.
ArchivePtr open_archive(const RawItem& item, Decompressor* tar) {
  ArchivePtr a(archive_read_new(), archive_read_free);
  archive_read_support_format_all(a.get());
  int status = ARCHIVE_OK;
  if (tar != nullptr) {
    status = archive_read_open(a.get(), tar, nullptr, pull_decompressed, nullptr);
  } else {
    archive_read_support_filter_all(a.get());
    status = item.disk_path.empty()
                 ? archive_read_open_memory(a.get(), item.bytes.data(), item.bytes.size())
                 : archive_read_open_filename(a.get(), item.disk_path.c_str(), 64 * 1024);
  }
  if (status != ARCHIVE_OK) {
    throw ReadError("damaged, or not an archive: " + error_of(a.get()));
  }
  return a;
}

// The first `keep` bytes of the current entry's data. False (with the reason) when the
// archive is damaged; `cut` when the entry holds more (the rest is skipped).
bool read_entry_data(archive* a, std::size_t keep, std::string& data, bool& cut,
                     std::string& failure) {
  char buffer[64 * 1024];
  while (true) {
    const la_ssize_t n = archive_read_data(a, buffer, sizeof buffer);
    if (n == 0) {
      return true;
    }
    if (n < 0) {
      failure = error_of(a);
      return false;
    }
    if (data.size() + std::size_t(n) > keep) {
      data.append(buffer, keep - data.size());
      cut = true;
      if (archive_read_data_skip(a) != ARCHIVE_OK) {
        failure = error_of(a);
        return false;
      }
      return true;
    }
    data.append(buffer, std::size_t(n));
  }
}

// "./a/b.txt" -> "a/b.txt"
std::string member_path(archive_entry* entry) {
  const char* raw = archive_entry_pathname_utf8(entry);
  if (raw == nullptr) {
    raw = archive_entry_pathname(entry);
  }
  std::string path = raw != nullptr ? raw : "";
  while (path.starts_with("./") || path.starts_with("/")) {
    path.erase(0, path.starts_with("/") ? 1 : 2);
  }
  return path;
}

bool is_hidden_path(const std::string& path) {
  std::size_t start = 0;
  while (start < path.size()) {
    std::size_t end = path.find('/', start);
    end = end == path.npos ? path.size() : end;
    const std::string_view part = std::string_view(path).substr(start, end - start);
    if ((part.size() > 1 && part[0] == '.') || part == "__MACOSX") {
      return true;
    }
    start = end + 1;
  }
  return false;
}

RawItem member_item(const RawItem& parent, const std::string& path, std::string data) {
  RawItem member;
  member.id = parent.id + "!/" + escape_path_name(path);  // names that are not UTF-8 stay apart
  member.path = parent.path + "!/" + escape_path_name(path);
  member.source_file = parent.source_file;
  member.name = path;
  member.fallback_date = parent.fallback_date;
  member.field_map = parent.field_map;
  member.max_article_bytes = parent.max_article_bytes;
  member.bytes = std::move(data);
  return member;
}

ReadResult read_member(TakenItem member);

}  // namespace

MemberStream::MemberStream(const RawItem& item, const InputKind& kind) : m_item(item) {
  if (kind.is_compressed_tar()) {
    m_source = std::make_unique<ByteSource>(item);
    m_tar = std::make_unique<Decompressor>(*m_source);
  }
  m_archive = open_archive(item, m_tar.get());
}

MemberStream::~MemberStream() = default;

std::optional<TakenItem> MemberStream::next() {
  archive_entry* entry = nullptr;
  while (m_failure.empty()) {
    const int status = archive_read_next_header(m_archive.get(), &entry);
    if (status == ARCHIVE_EOF) {
      break;
    }
    if (status < ARCHIVE_WARN) {
      m_failure = error_of(m_archive.get());
      break;
    }
    TakenItem member;
    member.read = read_member;
    if (take_entry(entry, member)) {
      return member;
    }
  }
  return std::nullopt;
}

// Takes the current entry out if it is a member to read; sets m_failure when the archive is
// damaged. Only the beginning of a long article is kept (--max-article-bytes).
bool MemberStream::take_entry(archive_entry* entry, TakenItem& member) {
  member.label = member_path(entry);
  const std::string& path = member.label;
  if (archive_entry_filetype(entry) != AE_IFREG || path.empty() || is_hidden_path(path)) {
    return false;
  }
  if (const std::string reason = skip_reason(path); !reason.empty()) {
    ++m_skipped[reason];
    return false;
  }
  const bool one_article = classify_name(path).one_article;
  const std::size_t keep = one_article ? m_item.max_article_bytes : kMaxRecordFileBytes;
  std::string data;
  bool cut = false;
  if (!read_entry_data(m_archive.get(), keep, data, cut, m_failure)) {
    m_failure = path + ": " + m_failure;
    return false;
  }
  ++m_members;
  if (cut && !one_article) {
    member.notes.errors.push_back(path + ": larger than " + size_text(data.size()) +
                                  " when decompressed; not read (record files are read whole)");
    return true;
  }
  if (cut) {
    data.resize(article_cut(data, data.size()));
    member.notes.warnings.push_back(path + ": " + cut_warning(0, m_item.max_article_bytes, false));
  }
  member.item = member_item(m_item, path, std::move(data));
  return true;
}

void MemberStream::finish(ReadResult& result) {
  if (m_tar && m_tar->bomb()) {
    throw ReadError(m_tar->failure());
  }
  const std::string damage = m_tar ? m_tar->failure() : std::string();
  const std::string failure = damage.empty() ? m_failure : "truncated or damaged data: " + damage;
  for (const auto& [reason, count] : m_skipped) {
    result.skipped[reason] += count;
  }
  if (failure.empty()) {
    return;
  }
  if (m_members == 0 && m_skipped.empty()) {
    throw ReadError("not a readable archive: " + failure);
  }
  result.errors.push_back("damaged archive, " + std::to_string(m_members) +
                          " members read before the damage: " + failure);
}

namespace {

ReadResult read_member(TakenItem member) {
  ReadResult result = std::move(member.notes);
  if (!member.item) {
    return result;
  }
  const std::string& path = member.label;
  try {
    ReadResult read = read_item(*member.item);
    member.item.reset();  // its bytes go before its articles are merged
    for (Article& a : read.articles) {
      result.articles.push_back(std::move(a));
    }
    for (const std::string& w : read.warnings) {
      result.warnings.push_back(path + ": " + w);
    }
    for (const std::string& e : read.errors) {
      result.errors.push_back(path + ": " + e);
    }
    for (const auto& [reason, count] : read.skipped) {
      result.skipped[reason] += count;
    }
  } catch (const ReadError& e) {
    result.errors.push_back(path + ": " + e.what());
  }
  return result;
}

}  // namespace

ReadResult read_archive(const RawItem& item, const InputKind& kind) {
  MemberStream members(item, kind);
  return read_stream(members);
}

RawItem decompress_item(const RawItem& item, const InputKind& kind, bool& cut) {
  RawItem inner;
  inner.id = item.id;
  inner.path = item.path;
  inner.source_file = item.source_file;
  inner.name = kind.inner_name;
  inner.fallback_date = item.fallback_date;
  inner.field_map = item.field_map;
  inner.max_article_bytes = item.max_article_bytes;
  const bool one_article = classify_name(inner.name).one_article;
  const std::size_t keep = one_article ? item.max_article_bytes : kMaxRecordFileBytes;
  ByteSource source(item);
  Decompressor d(source);
  cut = false;
  for (std::string_view block = d.next(); !block.empty() && !cut; block = d.next()) {
    cut = inner.bytes.size() + block.size() > keep;
    inner.bytes.append(block.substr(0, keep - inner.bytes.size()));
  }
  if (d.bomb()) {
    throw ReadError(d.failure());
  }
  if (cut && !one_article) {
    throw ReadError("larger than " + size_text(keep) +
                    " when decompressed; not read (record files are read whole)");
  }
  if (!cut && !d.failure().empty()) {
    throw ReadError("truncated or damaged compressed data: " + d.failure());
  }
  if (cut) {
    inner.bytes.resize(article_cut(inner.bytes, keep));
  }
  return inner;
}

ReadResult read_compressed(const RawItem& item, const InputKind& kind) {
  bool cut = false;
  const RawItem inner = decompress_item(item, kind, cut);
  ReadResult result = read_item(inner);
  if (cut) {
    result.warnings.insert(result.warnings.begin(), cut_warning(0, item.max_article_bytes, false));
  }
  return result;
}

}  // namespace news
