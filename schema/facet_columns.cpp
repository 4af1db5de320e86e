#include "facet_columns.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

#include "database.hpp"
#include "facet_columns_format.hpp"
#include "field_types.hpp"
#include "index_layout.hpp"

namespace news::schema {
namespace {

namespace fs = std::filesystem;

std::uint32_t u32_at(const unsigned char* p, std::size_t i) {
  std::uint32_t v = 0;
  std::memcpy(&v, p + i * 4, 4);
  return v;
}

}  // namespace

// Reads the file front to back; every read is checked against its size.
class FacetColumns::Reader {
 public:
  Reader(const unsigned char* data, std::size_t size) : m_p(data), m_end(data + size) {}

  bool take(std::size_t n, const unsigned char*& out) {
    if (std::size_t(m_end - m_p) < n) {
      return false;
    }
    out = m_p;
    m_p += n;
    return true;
  }
  bool u32(std::uint32_t& v) {
    const unsigned char* p = nullptr;
    return take(4, p) && (std::memcpy(&v, p, 4), true);
  }
  bool u64(std::uint64_t& v) {
    const unsigned char* p = nullptr;
    return take(8, p) && (std::memcpy(&v, p, 8), true);
  }
  bool array(std::uint64_t count, const unsigned char*& out) {
    return count <= std::uint64_t(m_end - m_p) / 4 && take(std::size_t(count) * 4, out);
  }
  // A table of strings whose offsets grow and stay within its bytes.
  bool strings(Strings& s) {
    if (!u32(s.count) || !array(std::uint64_t(s.count) + 1, s.offsets)) {
      return false;
    }
    std::uint32_t last = 0;
    for (std::uint32_t i = 0; i <= s.count; ++i) {
      const std::uint32_t at = u32_at(s.offsets, i);
      if (at < last || (i == 0 && at != 0)) {
        return false;
      }
      last = at;
    }
    const unsigned char* bytes = nullptr;
    if (!take(last, bytes)) {
      return false;
    }
    s.bytes = reinterpret_cast<const char*>(bytes);
    return true;
  }
  bool at_end() const { return m_p == m_end; }

 private:
  const unsigned char* m_p;
  const unsigned char* m_end;
};

std::string_view FacetColumns::Strings::at(std::uint32_t i) const {
  const std::uint32_t begin = u32_at(offsets, i);
  return {bytes + begin, u32_at(offsets, i + 1) - begin};
}

std::shared_ptr<const FacetColumns> FacetColumns::open(
    const std::string& dir, const std::vector<Xapian::Database>& shards) {
  std::error_code ec;
  const std::optional<std::string> generation = layout::current_generation(dir);
  if (!fs::is_directory(dir, ec) || !generation) {
    return nullptr;
  }
  const fs::path path = facet_columns_path(fs::path(dir) / *generation);
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return nullptr;
  }
  struct stat st {};
  void* map = MAP_FAILED;
  if (::fstat(fd, &st) == 0 && st.st_size > 0) {
    map = ::mmap(nullptr, std::size_t(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  }
  ::close(fd);
  if (map == MAP_FAILED) {
    return nullptr;
  }
  std::shared_ptr<FacetColumns> columns(new FacetColumns());
  columns->m_map = static_cast<const unsigned char*>(map);
  columns->m_size = std::size_t(st.st_size);
  try {
    if (columns->parse(shards)) {
      return columns;
    }
  } catch (const Xapian::Error&) {
    // A shard whose UUID or revision cannot be read: counted from the value slots.
  }
  return nullptr;
}

FacetColumns::~FacetColumns() {
  if (m_map != nullptr) {
    ::munmap(const_cast<unsigned char*>(m_map), m_size);
  }
}

bool FacetColumns::parse(const std::vector<Xapian::Database>& shards) {
  Reader in(m_map, m_size);
  const unsigned char* magic = nullptr;
  std::uint32_t order = 0, format = 0, schema = 0, shard_count = 0;
  if (!in.take(columns_format::kMagic.size(), magic) ||
      std::memcmp(magic, columns_format::kMagic.data(), columns_format::kMagic.size()) != 0 ||
      !in.u32(order) || order != columns_format::kByteOrder || !in.u32(format) ||
      format != columns_format::kFormatVersion || !in.u32(schema) ||
      schema != std::uint32_t(kSchemaVersion) || !in.u32(shard_count) ||
      shard_count != shards.size()) {
    return false;
  }
  for (const Xapian::Database& shard : shards) {
    std::uint32_t length = 0;
    const unsigned char* uuid = nullptr;
    std::uint64_t revision = 0;
    if (!in.u32(length) || !in.take(length, uuid) || !in.u64(revision) ||
        std::string_view(reinterpret_cast<const char*>(uuid), length) != shard.get_uuid() ||
        revision != std::uint64_t(shard.get_revision())) {
      return false;
    }
  }
  if (!in.u32(m_doc_slots) || m_doc_slots == 0 || !in.u32(m_cluster_count) ||
      !in.u32(m_day_count) || !in.array(m_day_count, m_days) || !in.strings(m_sources) ||
      !in.strings(m_languages) || !in.strings(m_entities) ||
      !in.array(std::uint64_t(m_doc_slots) * 4, m_rows) ||
      !in.array(std::uint64_t(m_doc_slots) + 1, m_entity_offsets) || !in.u32(m_entity_ids) ||
      !in.array(m_entity_ids, m_entity_list) || !in.at_end()) {
    return false;
  }
  for (std::uint32_t i = 0; i < m_day_count; ++i) {
    if (u32_at(m_days, i) > columns_format::kLastDay) {
      return false;
    }
  }
  return true;
}

FacetColumns::Row FacetColumns::row(Xapian::docid did) const {
  const std::size_t at = std::size_t(did) * 4;
  return {u32_at(m_rows, at), u32_at(m_rows, at + 1), u32_at(m_rows, at + 2),
          u32_at(m_rows, at + 3)};
}

void FacetColumns::prefetch(Xapian::docid did) const {
  if (did < m_doc_slots) {
    __builtin_prefetch(m_rows + std::size_t(did) * 16);
    __builtin_prefetch(m_entity_offsets + std::size_t(did) * 4);
  }
}

bool FacetColumns::entity_range(Xapian::docid did, std::uint32_t& first, std::uint32_t& end) const {
  first = u32_at(m_entity_offsets, did);
  end = u32_at(m_entity_offsets, std::size_t(did) + 1);
  return first <= end && end <= m_entity_ids;
}

std::uint32_t FacetColumns::entity_id(std::uint32_t k) const {
  return u32_at(m_entity_list, k);
}

std::string FacetColumns::day(std::uint32_t i) const {
  char text[16];
  std::snprintf(text, sizeof text, "%08u", unsigned(u32_at(m_days, i)));
  return text;
}

fs::path facet_columns_path(const fs::path& generation_dir) {
  return generation_dir / columns_format::kFileName;
}

std::string facet_columns_stamp(const std::string& dir) {
  const std::optional<std::string> generation = layout::current_generation(dir);
  struct stat st {};
  if (!generation || ::stat(facet_columns_path(fs::path(dir) / *generation).c_str(), &st) != 0) {
    return "";
  }
  return *generation + ":" + std::to_string(st.st_ino) + ":" + std::to_string(st.st_size) + ":" +
         std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec);
}

bool facet_columns_current(const std::string& dir) {
  try {
    return FacetColumns::open(dir, open_shards_for_search(dir)) != nullptr;
  } catch (const Error&) {
    return false;
  }
}

}  // namespace news::schema
