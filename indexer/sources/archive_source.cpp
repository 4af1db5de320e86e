#include "archive_source.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <memory>

#include "path_names.hpp"
#include "readers/reader_registry.hpp"
#include "sources/decompressor.hpp"
#include "sources/input_names.hpp"
#include "sources/item_limits.hpp"
#include "sources/item_reading.hpp"

namespace news {
namespace {

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

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

std::string extension_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  const std::size_t dot = path.rfind('.');
  if (dot == path.npos || (slash != path.npos && dot < slash)) {
    return "(none)";
  }
  std::string ext = path.substr(dot);
  for (char& c : ext) {
    c = char(std::tolower(static_cast<unsigned char>(c)));
  }
  return ext;
}

// Why a member is not read, or "" when it is to be read.
std::string skip_reason(const std::string& path) {
  if (!is_readable_name(path)) {
    return "unsupported " + extension_of(path);
  }
  if (is_documentation_name(path)) {
    return "documentation (README, LICENSE...)";
  }
  return {};
}

void merge_member(const std::string& path, ReadResult member, ReadResult& result) {
  for (Article& a : member.articles) {
    result.articles.push_back(std::move(a));
  }
  for (const std::string& w : member.warnings) {
    result.warnings.push_back(path + ": " + w);
  }
  for (const std::string& e : member.errors) {
    result.errors.push_back(path + ": " + e);
  }
  for (const auto& [reason, count] : member.skipped) {
    result.skipped[reason] += count;
  }
}

void read_member(const RawItem& parent, const std::string& path, std::string data, bool cut,
                 ReadResult& result) {
  RawItem member;
  member.id = parent.id + "!/" + escape_path_name(path);  // names that are not UTF-8 stay apart
  member.path = parent.path + "!/" + escape_path_name(path);
  member.source_file = parent.source_file;
  member.name = path;
  member.fallback_date = parent.fallback_date;
  member.field_map = parent.field_map;
  member.max_article_bytes = parent.max_article_bytes;
  if (cut && !reads_one_article(path)) {
    result.errors.push_back(path + ": larger than " + size_text(data.size()) +
                            " when decompressed; not read (record files are read whole)");
    return;
  }
  if (cut) {
    data.resize(article_cut(data, data.size()));
    result.warnings.push_back(path + ": " + cut_warning(0, parent.max_article_bytes, false));
  }
  member.bytes = std::move(data);
  try {
    merge_member(path, read_item(member), result);
  } catch (const ReadError& e) {
    result.errors.push_back(path + ": " + e.what());
  }
}

// Reads the current entry if it is a member to read; sets `failure` when the archive is
// damaged. Only the beginning of a long article is kept (--max-article-bytes).
void take_entry(archive* a, archive_entry* entry, const RawItem& item, ReadResult& result,
                std::string& failure, std::size_t& members) {
  const std::string path = member_path(entry);
  if (archive_entry_filetype(entry) != AE_IFREG || path.empty() || is_hidden_path(path)) {
    return;
  }
  if (const std::string reason = skip_reason(path); !reason.empty()) {
    ++result.skipped[reason];
    return;
  }
  const std::size_t keep = reads_one_article(path) ? item.max_article_bytes : kMaxRecordFileBytes;
  std::string data;
  bool cut = false;
  if (!read_entry_data(a, keep, data, cut, failure)) {
    failure = path + ": " + failure;
    return;
  }
  ++members;
  read_member(item, path, std::move(data), cut, result);
}

struct MemberScan {
  ReadResult result;
  std::size_t members = 0;  // members read
  std::string failure;      // why reading stopped early, or ""
};

// Reads the members of the archive (see read_archive).
MemberScan read_members(const RawItem& item, Decompressor* tar) {
  ArchivePtr a = open_archive(item, tar);
  MemberScan scan;
  archive_entry* entry = nullptr;
  while (scan.failure.empty()) {
    const int status = archive_read_next_header(a.get(), &entry);
    if (status == ARCHIVE_EOF) {
      break;
    }
    if (status < ARCHIVE_WARN) {
      scan.failure = error_of(a.get());
      break;
    }
    take_entry(a.get(), entry, item, scan.result, scan.failure, scan.members);
  }
  return scan;
}

}  // namespace

ReadResult read_archive(const RawItem& item) {
  std::unique_ptr<ByteSource> source;
  std::unique_ptr<Decompressor> tar;
  if (is_compressed_tar_name(item.name)) {
    source = std::make_unique<ByteSource>(item);
    tar = std::make_unique<Decompressor>(*source);
  }
  MemberScan scan = read_members(item, tar.get());
  if (tar && tar->bomb()) {
    throw ReadError(tar->failure());
  }
  const std::string damage = tar ? tar->failure() : std::string();
  std::string failure = damage.empty() ? scan.failure : "truncated or damaged data: " + damage;
  if (failure.empty()) {
    return std::move(scan.result);
  }
  if (scan.members == 0 && scan.result.skipped.empty()) {
    throw ReadError("not a readable archive: " + failure);
  }
  scan.result.errors.push_back("damaged archive, " + std::to_string(scan.members) +
                               " members read before the damage: " + failure);
  return std::move(scan.result);
}

ReadResult read_compressed(const RawItem& item) {
  RawItem inner;
  inner.id = item.id;
  inner.path = item.path;
  inner.source_file = item.source_file;
  inner.name = *compressed_inner_name(item.name);
  inner.fallback_date = item.fallback_date;
  inner.field_map = item.field_map;
  inner.max_article_bytes = item.max_article_bytes;
  const bool one_article = reads_one_article(inner.name);
  const std::size_t keep = one_article ? item.max_article_bytes : kMaxRecordFileBytes;
  ByteSource source(item);
  Decompressor d(source);
  bool cut = false;
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
  ReadResult result = read_item(inner);
  if (cut) {
    result.warnings.insert(result.warnings.begin(), cut_warning(0, keep, false));
  }
  return result;
}

}  // namespace news
