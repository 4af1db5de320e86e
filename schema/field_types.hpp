// The vocabulary of the field table (fields.hpp): field ids, shapes, kinds, flags, value
// slots and the internal term prefixes, and the schema version they make up.
#pragma once

#include <xapian.h>

#include <array>
#include <span>
#include <string>
#include <string_view>

#include "article.hpp"

namespace news::schema {

/// Version of the term/value layout, stored in each database's metadata.
/// 2: ids are "collection/relative/path"; slot kRoot holds the collection name; near-duplicate
/// signature (slot kNearDupSignature, band terms XM) and cluster (slot kCluster, term XDUP:).
/// 3: no term prefix is the start of another: language under "L" (was "XLANG:", nested in
/// the place prefix "XL"); facet values in slots kEntities, kSource, kLanguage; slot
/// kOrder (the order of equally relevant articles, also for remote indexes).
/// 4: near-duplicate signatures without sign-offs, and for bodies of 10-24 words too; one
/// shard per writer (gen-N/shard-k, listed by the stub).
/// 5: a smaller index: document data in a binary form (stored_data.hpp), not JSON; the
/// signature keeps 8 bits of each minimum, band terms hold a band's bytes (7 bytes); name
/// words are not stemmed, and have positions only in names of several words.
/// 6: no value slots of the id (2) and source file (5): the id ends the order value, the
/// source file is in the stored data; no value of the collection (6): the file id starts
/// with it; file stamp and content hash in binary; canonical entity terms only in
/// articles with a linked name (entity_terms.hpp); date terms: each dated article has its
/// year, month and day as terms (XT + YYYY, YYYYMM, YYYYMMDD), so that a date range is an
/// OR of a few terms, not a value scan.
/// 7: the id in a value of its own (kId), the order value the time and a hash of the id;
/// a body too short for a signature has a print instead (the same headline and words on
/// the same day), in the signature's slot with one term (XMx + its 8 bytes), so that exact
/// copies of a brief are one story.
inline constexpr int kSchemaVersion = 7;
/// Metadata key under which kSchemaVersion is stored.
inline constexpr std::string_view kSchemaVersionKey = "newsindex.schema_version";
/// Metadata key prefix of the collections: + name -> absolute folder of the collection.
inline constexpr std::string_view kCollectionKeyPrefix = "newsindex.collection:";
/// Metadata key prefix of files that could not be read: + bounded file id ->
/// "size:mtime_ns\n" + file id (so a failure is reported as new only once per version).
inline constexpr std::string_view kFailureKeyPrefix = "newsindex.failed:";
/// Metadata key prefix of files written in parts and not finished (an archive whose run was
/// stopped, or that failed, between its parts): + bounded file id -> file id. Their
/// articles' stamps are not trusted: the file is read again whole.
inline constexpr std::string_view kPartialKeyPrefix = "newsindex.partial:";
/// Metadata key of the share of an archive an index holds: "K/N" (`newsindex --shard K/N`,
/// files whose shard_of(file id, N) is K - 1); absent or empty for a whole archive.
inline constexpr std::string_view kShardKey = "newsindex.shard";

/// How a field is indexed and how `name:` queries on it are parsed.
enum class FieldKind {
  kFreeText,  ///< stemmed words under a prefix (title and body also go unprefixed)
  kEntity,    ///< a name: folded words with positions, plus one exact term per name
  kBoolean,   ///< exact filter terms (language, date source)
  kDate,      ///< a day key "YYYYMMDD" in a value slot, queried as a range
  kNone,      ///< not searched by words: stored, exported or internal only
};

/// What an article holds for a field, and so how it is stored, exported and read.
enum class Shape {
  kText,        ///< one string (Field::text)
  kList,        ///< a list of strings (Field::list)
  kDate,        ///< Article::date, ISO 8601 in JSON
  kConfidence,  ///< derived from the date and its source, never read
  kSignature,   ///< Article::near_duplicate: a value slot and band terms, not stored JSON
  kNone,        ///< not an article field (a value of the source file)
};

/// Typed field ids; kFields[i].id == FieldId(i) (checked at compile time).
enum class FieldId {
  kPath,
  kId,
  kTitle,
  kDate,
  kDateSource,
  kDateConfidence,
  kByline,
  kSource,
  kUrl,
  kLanguage,
  kPersons,
  kOrgs,
  kPlaces,
  kTags,
  kCluster,
  kBody,
  kSourceFile,
  kNearDuplicate,
  kSortTime,
  kFileStamp,
  kContentHash,
  kCount  ///< number of fields
};

/// Value slots. Each comment gives the encoding.
namespace slot {
inline constexpr Xapian::valueno kDay = 0;       ///< "YYYYMMDD" (UTC); absent when undated
inline constexpr Xapian::valueno kSortTime = 1;  ///< sortable_serialise(unix seconds)
/// The article id (also in the stored data), for reading it without the stored data.
/// Schema 6 kept it at the end of kOrder, which made that sort key 5 times as long.
inline constexpr Xapian::valueno kId = 2;
// Slot 5 held the source file's id up to schema 5: it is in the stored data.
/// Varints of the source file's size and of its modification time (ns, 64 bits).
inline constexpr Xapian::valueno kFileStamp = 3;
inline constexpr Xapian::valueno kContentHash = 4;  ///< XXH3-64 of the source file, 8 bytes
// Slot 6 held the collection up to schema 5: it starts the file id ("collection/...").
/// MinHash signature of the body: the low 8 bits of its kMinHashCount minima, a byte each;
/// absent when the body is too short to have one (see near_duplicates.hpp).
inline constexpr Xapian::valueno kNearDupSignature = 7;
/// Near-duplicate cluster: the id of the cluster's head article (its own id when it has no
/// copy). Articles with the same value are copies of one story: a collapse key.
inline constexpr Xapian::valueno kCluster = 8;
/// Canonical entities of the article for facets, one per line: "P:"/"O:"/"L:" + folded
/// canonical name (as the XCE terms name them, unbounded), rewritten with the links.
inline constexpr Xapian::valueno kEntities = 9;
/// The source (publication) as stored, for the source facet; absent when unknown.
inline constexpr Xapian::valueno kSource = 10;
/// The language code, for the language facet; absent when unknown.
inline constexpr Xapian::valueno kLanguage = 11;
/// The order of articles of equal relevance: newest first, then by a hash of the id;
/// undated last. 8 bytes big-endian of the complemented, sign-flipped unix seconds (all
/// 0xff when undated), then the 8 bytes of XXH3-64 of the id, big-endian: 16 bytes, as
/// short as a sort key can be that orders alike in every index (a request ordered by it
/// alone reads it for every match: 43 bytes with the id took twice as long at 521,000
/// articles). A plain value because remote indexes (xapian-tcpsrv) take no custom
/// KeyMaker: local and remote shards then order ties alike.
inline constexpr Xapian::valueno kOrder = 12;
inline constexpr Xapian::valueno kNone = Xapian::BAD_VALUENO;
}  // namespace slot

/// Term prefixes of the internal fields (also in the table, under their fields).
namespace prefix {
inline constexpr std::string_view kId = "Q";           ///< unique article id
inline constexpr std::string_view kSourceFile = "XF";  ///< source file id (for deletions)
/// LSH band of the MinHash signature: + band number (1 hex digit) + the band's 4 bytes of
/// the signature value. Articles sharing a band term are near-duplicate candidates.
inline constexpr std::string_view kNearDupBand = "XM";
/// + cluster id (bounded_term): every member of a cluster, for listing copies.
inline constexpr std::string_view kCluster = "XDUP:";
}  // namespace prefix

/// Which readers accept a key alias.
enum Readers : unsigned {
  kFrontMatter = 1,  ///< YAML front matter: the key lower-cased, matched exactly
  kRecords = 2,      ///< JSON/CSV records: case, '_', '-' and ' ' ignored; first non-empty wins
  kAllReaders = 3,
};

/// A key readers take a field from ("headline" for the title).
struct Alias {
  std::string_view key;
  unsigned readers;
};

/// What is done with a field besides indexing (Field::flags).
enum FieldFlag : unsigned {
  kStored = 1,      ///< in the document data (stored_data.hpp), read back by decode
  kJson = 2,        ///< in article_json: search results and --extract (under Field::key)
  kMappable = 4,    ///< a FIELD of `newsindex --map FIELD=KEY`
  kFilter = 8,      ///< narrows results by an exact term or range (option or `name:`)
  kSortable = 16,   ///< results can be ordered by it (--sort newest/oldest)
  kFaceted = 32,    ///< its values can be counted over a match set
  kOmitEmpty = 64,  ///< left out of JSON when empty (the cluster, outside an index)
};

// One row of the table. Members are listed in the order designated initializers need.
struct Field {
  FieldId id;
  std::string_view key;        ///< article key: stored data, JSON, CSV column, --map FIELD
  std::string_view name = {};  ///< query prefix the user types, `name:`; empty: none
  Shape shape = Shape::kNone;
  FieldKind kind = FieldKind::kNone;
  unsigned flags = 0;
  std::string_view prefix = {};         ///< Xapian term prefix (empty: unprefixed or none)
  Xapian::valueno slot = slot::kNone;   ///< value slot or slot::kNone
  unsigned csv_column = 0;              ///< 1-based column among the article columns; 0: not in CSV
  std::span<const Alias> aliases = {};  ///< keys readers take it from, in order of preference
  std::string Article::*text = nullptr;               ///< Shape::kText
  std::vector<std::string> Article::*list = nullptr;  ///< Shape::kList
  /// Entity fields: the exact-name, canonical-name and linked-words prefixes.
  std::string_view exact_prefix = {};
  std::string_view canonical_prefix = {};
  std::string_view linked_prefix = {};
  /// Free text also indexed without a prefix, with this wdf increment (0: not).
  Xapian::termcount unprefixed_weight = 0;
  /// How a list read into a text field is joined (records): "Jane Doe; John Roe".
  std::string_view joiner = ", ";
  std::string_view description = {};
  std::string_view example = {};  ///< an example query using the field
};

}  // namespace news::schema
