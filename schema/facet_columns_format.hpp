// The layout of the facet columns file (facet_columns.hpp), shared by its writer and reader.
// All numbers are 32-bit (revisions 64-bit) in the byte order of the machine that wrote
// the file, which kByteOrder records (a file from a machine of the other order is ignored):
//
//   magic "NEWSFCOL", byte order, format version, schema version
//   shard count, then per shard: UUID length, UUID bytes, revision (64-bit)
//   document slots D (last document id + 1), cluster count
//   days: count, then the days YYYYMMDD in ascending order
//   sources, languages, entity entries: each a table of strings (count N, N + 1 offsets
//   into the bytes that follow, the bytes)
//   rows: D times day, cluster, source, language (indexes into the tables; kNone: none)
//   entity offsets: D + 1 (document d's entries are ids[offsets[d] .. offsets[d + 1]))
//   entity id count, the ids (into the entity table)
#pragma once

#include <cstdint>
#include <string_view>

namespace news::schema::columns_format {

inline constexpr std::string_view kFileName = "newsindex-facets";
inline constexpr std::string_view kMagic = "NEWSFCOL";
inline constexpr std::uint32_t kByteOrder = 0x01020304u;
inline constexpr std::uint32_t kFormatVersion = 1;
inline constexpr std::uint32_t kLastDay = 99999999u;

}  // namespace news::schema::columns_format
