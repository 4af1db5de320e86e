#include "archive_source.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <memory>

#include "path_names.hpp"
#include "sources/gunzip.hpp"
#include "sources/input_names.hpp"
#include "sources/item_reading.hpp"

namespace news {
namespace {

// Members (and decompressed files) larger than this are refused: a guard against
// decompression bombs, far above any article.
constexpr std::size_t kMaxMemberBytes = std::size_t{512} << 20;

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

std::string error_of(archive* a) {
  const char* message = archive_error_string(a);
  return message != nullptr ? message : "unknown libarchive error";
}

// An archive reader over `bytes`, for every archive format and compression.
ArchivePtr open_archive(std::string_view bytes) {
  ArchivePtr a(archive_read_new(), archive_read_free);
  archive_read_support_filter_all(a.get());
  archive_read_support_format_all(a.get());
  if (archive_read_open_memory(a.get(), bytes.data(), bytes.size()) != ARCHIVE_OK) {
    throw ReadError("damaged, or not an archive: " + error_of(a.get()));
  }
  return a;
}

// The data of the current entry; false (with the reason) when it is damaged or too big.
bool read_entry_data(archive* a, std::string& data, std::string& failure) {
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
    if (data.size() + std::size_t(n) > kMaxMemberBytes) {
      failure = "larger than 512 MB when decompressed; not read";
      return false;
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

void read_member(const RawItem& parent, const std::string& path, std::string data,
                 ReadResult& result) {
  RawItem member;
  member.id = parent.id + "!/" + escape_path_name(path);  // names that are not UTF-8 stay apart
  member.path = parent.path + "!/" + escape_path_name(path);
  member.source_file = parent.source_file;
  member.name = path;
  member.bytes = std::move(data);
  member.fallback_date = parent.fallback_date;
  member.field_map = parent.field_map;
  try {
    merge_member(path, read_item(member), result);
  } catch (const ReadError& e) {
    result.errors.push_back(path + ": " + e.what());
  }
}

// Reads the current entry if it is a member to read; sets `failure` when the archive is
// damaged.
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
  std::string data;
  if (!read_entry_data(a, data, failure)) {
    failure = path + ": " + failure;
    return;
  }
  ++members;
  read_member(item, path, std::move(data), result);
}

struct MemberScan {
  ReadResult result;
  std::size_t members = 0;  // members read
  std::string failure;      // why reading stopped early, or ""
};

// Reads the members of an archive in `bytes` (see read_archive).
MemberScan read_members(std::string_view bytes, const RawItem& item) {
  ArchivePtr a = open_archive(bytes);
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
  // A compressed tar is decompressed first, so that a cut-off stream still yields the
  // members before the cut (libarchive refuses it when opening).
  std::string damage;
  std::string tar;
  if (is_compressed_tar_name(item.name)) {
    tar = decompress_prefix(item.bytes, damage);
  }
  MemberScan scan = read_members(tar.empty() ? std::string_view(item.bytes) : tar, item);
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
  RawItem inner = item;
  inner.name = *compressed_inner_name(item.name);
  inner.bytes = decompress(item.bytes);
  return read_item(inner);
}

std::string decompress(std::string_view bytes) {
  std::string failure;
  std::string data = decompress_prefix(bytes, failure);
  if (!failure.empty()) {
    throw ReadError("truncated or damaged compressed data: " + failure);
  }
  return data;
}

std::string decompress_prefix(std::string_view bytes, std::string& failure) {
  if (is_gzip(bytes)) {
    return gunzip_prefix(bytes, kMaxMemberBytes, failure);
  }
  ArchivePtr a(archive_read_new(), archive_read_free);
  archive_read_support_filter_all(a.get());
  archive_read_support_format_raw(a.get());
  archive_entry* entry = nullptr;
  std::string data;
  if (archive_read_open_memory(a.get(), bytes.data(), bytes.size()) != ARCHIVE_OK ||
      archive_read_next_header(a.get(), &entry) != ARCHIVE_OK) {
    failure = error_of(a.get());
    return data;
  }
  read_entry_data(a.get(), data, failure);
  return data;
}

}  // namespace news
