// The schema: every searchable field of an article, its Xapian term prefix and value slot.
//
// This table is the single place that knows prefixes and slots. The document codec and
// the QueryParser set-up both loop over it, so a field added here is indexed and
// searchable at once. Changing a prefix, slot or encoding changes the on-disk format:
// bump kSchemaVersion so that old indexes are refused with a hint to re-index.
#pragma once

#include <xapian.h>

#include <array>
#include <string_view>

namespace news::schema {

/// Version of the term/value layout, stored in each database's metadata.
/// 2: ids are "collection/relative/path"; slot kRoot holds the collection name; near-duplicate
/// signature (slot kNearDupSignature, band terms XM) and cluster (slot kCluster, term XDUP:).
/// 3: facet values: slots kEntities, kSource, kLanguage.
inline constexpr int kSchemaVersion = 3;
/// Metadata key under which kSchemaVersion is stored.
inline constexpr std::string_view kSchemaVersionKey = "newsindex.schema_version";
/// Metadata key prefix of the collections: + name -> absolute folder of the collection.
inline constexpr std::string_view kCollectionKeyPrefix = "newsindex.collection:";
/// Metadata key prefix of files that could not be read: + bounded file id ->
/// "size:mtime_ns\n" + file id (so a failure is reported as new only once per version).
inline constexpr std::string_view kFailureKeyPrefix = "newsindex.failed:";

/// How a field is indexed and how `name:` queries on it are parsed.
enum class FieldKind {
  kFreeText,  ///< stemmed words under a prefix (title also goes unprefixed)
  kEntity,    ///< a name: folded words with positions, plus one exact term per name
  kBoolean,   ///< exact filter terms (language, date source)
  kDate,      ///< a day key "YYYYMMDD" in a value slot, queried as a range
};

/// Value slots. Each comment gives the encoding.
namespace slot {
inline constexpr Xapian::valueno kDay = 0;          ///< "YYYYMMDD" (UTC); absent when undated
inline constexpr Xapian::valueno kSortTime = 1;     ///< sortable_serialise(unix seconds)
inline constexpr Xapian::valueno kId = 2;           ///< the article id (tie-breaks)
inline constexpr Xapian::valueno kFileStamp = 3;    ///< "size:mtime_ns" of the source file
inline constexpr Xapian::valueno kContentHash = 4;  ///< hex XXH3-64 of the source file
inline constexpr Xapian::valueno kSourceFile = 5;   ///< id of the source file
inline constexpr Xapian::valueno kRoot = 6;  ///< collection (named indexed folder) of the file
/// MinHash signature of the body: kMinHashCount minima, 4 bytes each, big-endian; absent when
/// the body is too short to have one (see near_duplicates.hpp).
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
inline constexpr Xapian::valueno kNone = Xapian::BAD_VALUENO;
}  // namespace slot

/// Term prefixes that are not query fields.
namespace prefix {
inline constexpr std::string_view kId = "Q";            ///< unique article id
inline constexpr std::string_view kSourceFile = "XF";   ///< source file id (for deletions)
inline constexpr std::string_view kExactEntity = "XE";  ///< + "P:"/"O:"/"L:" + folded name
/// + "P"/"O"/"L": words (with positions) of the canonical name a mention links to, when it
/// differs from the mention ("Reagan" linked to "Ronald Reagan": "XCPronald", "XCPreagan").
inline constexpr std::string_view kLinkedWords = "XC";
/// + "P:"/"O:"/"L:" + folded canonical name: one per entity of the article, linked or not.
inline constexpr std::string_view kCanonicalEntity = "XCE";
/// LSH band of the MinHash signature: + band number (2 hex digits) + 16 hex digits of the
/// band's hash. Articles sharing a band term are near-duplicate candidates.
inline constexpr std::string_view kNearDupBand = "XM";
/// + cluster id (bounded_term): every member of a cluster, for listing copies.
inline constexpr std::string_view kCluster = "XDUP:";
}  // namespace prefix

struct Field {
  std::string_view name;    ///< query prefix the user types: `name:`
  std::string_view prefix;  ///< Xapian term prefix (empty for unprefixed)
  Xapian::valueno slot;     ///< value slot or slot::kNone
  FieldKind kind;
  std::string_view description;
  std::string_view example;  ///< an example query using the field
};

inline constexpr std::array kFields = {
    Field{"title", "S", slot::kNone, FieldKind::kFreeText, "words of the headline",
          "title:taliban"},
    Field{"person", "XP", slot::kNone, FieldKind::kEntity, "a person named in the article",
          "person:\"Khawaja Asif\""},
    Field{"org", "XO", slot::kNone, FieldKind::kEntity, "an organisation named in the article",
          "org:\"united nations\""},
    Field{"place", "XL", slot::kNone, FieldKind::kEntity, "a place named in the article",
          "place:kabul"},
    Field{"source", "XS", slot::kNone, FieldKind::kFreeText, "the publication or site",
          "source:reuters"},
    Field{"by", "XA", slot::kNone, FieldKind::kFreeText, "the byline (author)", "by:smith"},
    Field{"tag", "XK", slot::kNone, FieldKind::kFreeText, "a tag or keyword from the metadata",
          "tag:elections"},
    Field{"lang", "XLANG:", slot::kNone, FieldKind::kBoolean, "language code (ISO 639-1)",
          "lang:en"},
    Field{"datesource", "XDS:", slot::kNone, FieldKind::kBoolean,
          "where the date came from: front-matter, metadata, filename, text, none",
          "datesource:none"},
    Field{"date", "", slot::kDay, FieldKind::kDate, "publication day (UTC), or a range of days",
          "date:2025-10-01..2025-10-31"},
};

/// Metadata keys of the entity catalogue (see docs/entities.md).
namespace metadata {
inline constexpr std::string_view kAliases = "newsindex.aliases";    ///< the alias file's text
inline constexpr std::string_view kLinkState = "newsindex.links.";   ///< + field name: JSON
inline constexpr std::string_view kDisplayName = "newsindex.name.";  ///< + "P:" + folded name
}  // namespace metadata

/// The field called `name`, or nullptr.
const Field* find_field(std::string_view name);

/// The exact-entity term prefix ("XEP:", "XEO:", "XEL:") of an entity field.
std::string exact_entity_prefix(const Field& field);
/// The canonical-entity term prefix ("XCEP:", ...) of an entity field.
std::string canonical_entity_prefix(const Field& field);
/// The prefix of the linked canonical-name words ("XCP", ...) of an entity field.
std::string linked_words_prefix(const Field& field);

}  // namespace news::schema
