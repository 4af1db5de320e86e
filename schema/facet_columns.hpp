// The facet columns of an index ("doc values"): what facets, timelines and exact counts read
// of every match, as arrays indexed by document id, so that counting a match set reads no
// value slot. Reading slots match after match read their value streams chunk after chunk
// (12,417 block reads for `--facets person wheat` at 521,000 articles); the columns are
// one file mapped once per process and revision.
//
// The file is gen-N/newsindex-facets, beside the tables (one database) or the shard
// folders (an index of shards). It describes the index as Xapian opens its stub: one
// document id space over all shards. Its header names the format, the schema version and
// the UUID and revision of every shard it was read from: a reader that finds any of them
// different ignores the file and counts from the value slots, so the file is never stale,
// only missing. newsindex writes it at the end of every run that changed the index.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace news::schema {

class FacetColumns {
 public:
  // A document's values, each an index into a table; kNone where the document has none.
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  struct Row {
    std::uint32_t day;       // into days()
    std::uint32_t cluster;   // a story: documents of one near-duplicate cluster share it
    std::uint32_t source;    // into sources()
    std::uint32_t language;  // into languages()
  };

  // The columns of the index at `dir` (an index folder) when its file describes exactly
  // `shards` (open_shards_for_search(dir), at the revisions being read); nullptr when
  // there is no file, or it is stale, of another format or damaged. Never throws.
  static std::shared_ptr<const FacetColumns> open(const std::string& dir,
                                                  const std::vector<Xapian::Database>& shards);

  FacetColumns(const FacetColumns&) = delete;
  FacetColumns& operator=(const FacetColumns&) = delete;
  ~FacetColumns();

  // Document ids 1 .. doc_slots() - 1 have a row.
  std::uint32_t doc_slots() const { return m_doc_slots; }
  std::uint32_t cluster_count() const { return m_cluster_count; }
  Row row(Xapian::docid did) const;  // did < doc_slots()
  // Asks the processor to load what row() and entity_range() of `did` read, ahead of them.
  void prefetch(Xapian::docid did) const;
  // The entity entries ("P:name") of a document are entity_id(k) for k in [first, end), in
  // stored order; false when the file's offsets are damaged there.
  bool entity_range(Xapian::docid did, std::uint32_t& first, std::uint32_t& end) const;
  std::uint32_t entity_id(std::uint32_t k) const;  // into entity(); k < an `end` above

  std::size_t day_count() const { return m_day_count; }
  // "YYYYMMDD" of day `i`.
  std::string day(std::uint32_t i) const;
  std::size_t source_count() const { return m_sources.count; }
  std::string_view source(std::uint32_t i) const { return m_sources.at(i); }
  std::size_t language_count() const { return m_languages.count; }
  std::string_view language(std::uint32_t i) const { return m_languages.at(i); }
  std::size_t entity_count() const { return m_entities.count; }
  std::string_view entity(std::uint32_t i) const { return m_entities.at(i); }

 private:
  // A table of strings in the file: offsets (count + 1) then the bytes.
  struct Strings {
    std::uint32_t count = 0;
    const unsigned char* offsets = nullptr;
    const char* bytes = nullptr;
    std::string_view at(std::uint32_t i) const;
  };
  class Reader;

  FacetColumns() = default;
  bool parse(const std::vector<Xapian::Database>& shards);

  const unsigned char* m_map = nullptr;
  std::size_t m_size = 0;
  std::uint32_t m_doc_slots = 0;
  std::uint32_t m_cluster_count = 0;
  std::uint32_t m_day_count = 0;
  std::uint32_t m_entity_ids = 0;
  const unsigned char* m_days = nullptr;
  const unsigned char* m_rows = nullptr;
  const unsigned char* m_entity_offsets = nullptr;
  const unsigned char* m_entity_list = nullptr;
  Strings m_sources, m_languages, m_entities;
};

// The file of the columns of the generation folder `generation_dir`.
std::filesystem::path facet_columns_path(const std::filesystem::path& generation_dir);

// What identifies the columns file of the index at `dir` as written (inode, size, time):
// it changes when the file is written again; "" when there is none. A process that found
// the file stale or missing opens it again only when this changes.
std::string facet_columns_stamp(const std::string& dir);

// Whether the index at `dir` has columns that describe it as it is now.
bool facet_columns_current(const std::string& dir);

// Writes the columns of the index at `dir` as it is now (reading each value stream once),
// replacing the file atomically; for the holder of the write lock, after its last commit.
// Returns the file's size in bytes (0 when `dir` is no index folder). Throws Error(kDatabase).
std::uintmax_t write_facet_columns(const std::string& dir);

}  // namespace news::schema
