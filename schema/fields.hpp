// The schema: the one table of an article's fields. For each field it knows the names readers
// accept, its Xapian term prefixes and value slot, how it is stored, exported, searched,
// filtered, sorted and faceted (the vocabulary is in field_types.hpp).
//
// This table is the single place that knows prefixes and slots. The document codec, the
// article JSON, the CSV columns, the readers' key aliases, `--map`, the `--help` field list
// and the QueryParser set-up all loop over it, so a field added here is read, indexed,
// stored, exported and searchable at once (docs/ARCHITECTURE.md, "Adding a field").
// Changing a prefix, slot or encoding changes the on-disk format: bump kSchemaVersion so
// that old indexes are refused with a hint to re-index. fields.cpp checks at compile time
// that ids, keys, names, aliases, slots are unique and that no prefix starts another.
#pragma once

#include "field_types.hpp"

namespace news::schema {

namespace aliases {
inline constexpr Alias kTitle[] = {
    {"title", kAllReaders}, {"headline", kAllReaders}, {"name", kRecords}};
inline constexpr Alias kBody[] = {{"text", kRecords},        {"body", kRecords},
                                  {"content", kRecords},     {"article", kRecords},
                                  {"articlebody", kRecords}, {"description", kRecords},
                                  {"summary", kRecords}};
inline constexpr Alias kDate[] = {{"date", kAllReaders},          {"published", kAllReaders},
                                  {"publishdate", kRecords},      {"publishedat", kRecords},
                                  {"pubdate", kAllReaders},       {"datepublished", kAllReaders},
                                  {"createdat", kRecords},        {"timestamp", kRecords},
                                  {"publish_date", kFrontMatter}, {"date_published", kFrontMatter}};
inline constexpr Alias kByline[] = {{"author", kAllReaders},
                                    {"byline", kAllReaders},
                                    {"authors", kAllReaders},
                                    {"creator", kRecords},
                                    {"by", kFrontMatter}};
inline constexpr Alias kSource[] = {{"source", kAllReaders},
                                    {"outlet", kAllReaders},
                                    {"publisher", kAllReaders},
                                    {"site", kAllReaders},
                                    {"domain", kRecords}};
inline constexpr Alias kUrl[] = {{"url", kAllReaders},
                                 {"link", kAllReaders},
                                 {"permalink", kRecords},
                                 {"canonical_url", kFrontMatter}};
inline constexpr Alias kLanguage[] = {{"language", kAllReaders}, {"lang", kAllReaders}};
inline constexpr Alias kId[] = {{"id", kRecords}, {"guid", kRecords}, {"uuid", kRecords}};
inline constexpr Alias kPersons[] = {
    {"persons", kAllReaders}, {"people", kAllReaders}, {"person", kFrontMatter}};
inline constexpr Alias kOrgs[] = {{"orgs", kAllReaders},
                                  {"organizations", kAllReaders},
                                  {"organisations", kAllReaders},
                                  {"org", kFrontMatter}};
inline constexpr Alias kPlaces[] = {
    {"places", kAllReaders}, {"locations", kAllReaders}, {"place", kFrontMatter}};
inline constexpr Alias kTags[] = {
    {"tags", kAllReaders}, {"keywords", kAllReaders}, {"categories", kFrontMatter}};
}  // namespace aliases

// In order: the JSON keys of an article (article_json) follow this order.
inline constexpr std::array kFields = {
    Field{.id = FieldId::kPath,
          .key = "path",
          .shape = Shape::kText,
          .kind = FieldKind::kNone,
          .flags = kStored | kJson,
          .slot = slot::kNone,
          .csv_column = 2,
          .text = &Article::path,
          .description = "the file (or archive!/member) as the user can open it"},
    Field{.id = FieldId::kId,
          .key = "id",
          .shape = Shape::kText,
          .kind = FieldKind::kNone,
          .flags = kStored | kJson | kMappable,
          .prefix = prefix::kId,
          .slot = slot::kNone,
          .csv_column = 1,
          .aliases = aliases::kId,
          .text = &Article::id,
          .description = "unique article id, collection/relative/path"},
    Field{.id = FieldId::kTitle,
          .key = "title",
          .name = "title",
          .shape = Shape::kText,
          .kind = FieldKind::kFreeText,
          .flags = kStored | kJson | kMappable,
          .prefix = "S",
          .slot = slot::kNone,
          .csv_column = 3,
          .aliases = aliases::kTitle,
          .text = &Article::title,
          .unprefixed_weight = 5,
          .joiner = " ",
          .description = "words of the headline",
          .example = "title:taliban"},
    Field{.id = FieldId::kDate,
          .key = "date",
          .name = "date",
          .shape = Shape::kDate,
          .kind = FieldKind::kDate,
          .flags = kStored | kJson | kMappable | kFilter | kSortable | kFaceted,
          .prefix = "XT",  // + YYYY, YYYYMM and YYYYMMDD (date_terms.hpp)
          .slot = slot::kDay,
          .csv_column = 4,
          .aliases = aliases::kDate,
          .description = "publication day (UTC), or a range of days",
          .example = "date:2025-10-01..2025-10-31"},
    Field{.id = FieldId::kDateSource,
          .key = "date_source",
          .name = "datesource",
          .shape = Shape::kText,
          .kind = FieldKind::kBoolean,
          .flags = kStored | kJson | kFilter,
          .prefix = "XDS:",
          .slot = slot::kNone,
          .csv_column = 5,
          .text = &Article::date_source,
          .description = "where the date came from: front-matter, metadata, filename, text, none",
          .example = "datesource:none"},
    Field{.id = FieldId::kDateConfidence,
          .key = "date_confidence",
          .shape = Shape::kConfidence,
          .kind = FieldKind::kNone,
          .flags = kJson,
          .slot = slot::kNone,
          .csv_column = 0,
          .description = "how far the date can be trusted, 0..1, from its source"},
    Field{.id = FieldId::kByline,
          .key = "byline",
          .name = "by",
          .shape = Shape::kText,
          .kind = FieldKind::kFreeText,
          .flags = kStored | kJson | kMappable,
          .prefix = "XA",
          .slot = slot::kNone,
          .csv_column = 6,
          .aliases = aliases::kByline,
          .text = &Article::byline,
          .joiner = "; ",
          .description = "the byline (author)",
          .example = "by:smith"},
    Field{.id = FieldId::kSource,
          .key = "source",
          .name = "source",
          .shape = Shape::kText,
          .kind = FieldKind::kFreeText,
          .flags = kStored | kJson | kMappable | kFaceted,
          .prefix = "XS",
          .slot = slot::kNone,
          .csv_column = 7,
          .aliases = aliases::kSource,
          .text = &Article::source,
          .description = "the publication or site",
          .example = "source:reuters"},
    Field{.id = FieldId::kUrl,
          .key = "url",
          .shape = Shape::kText,
          .kind = FieldKind::kNone,
          .flags = kStored | kJson | kMappable,
          .slot = slot::kNone,
          .csv_column = 8,
          .aliases = aliases::kUrl,
          .text = &Article::url,
          .description = "the article's address on the web"},
    Field{.id = FieldId::kLanguage,
          .key = "language",
          .name = "lang",
          .shape = Shape::kText,
          .kind = FieldKind::kBoolean,
          .flags = kStored | kJson | kMappable | kFilter | kFaceted,
          .prefix = "L",
          .slot = slot::kNone,
          .csv_column = 9,
          .aliases = aliases::kLanguage,
          .text = &Article::language,
          .description = "language code (ISO 639-1)",
          .example = "lang:en"},
    Field{.id = FieldId::kPersons,
          .key = "persons",
          .name = "person",
          .shape = Shape::kList,
          .kind = FieldKind::kEntity,
          .flags = kStored | kJson | kFilter | kFaceted,
          .prefix = "XP",
          .slot = slot::kNone,
          .csv_column = 10,
          .aliases = aliases::kPersons,
          .list = &Article::persons,
          .exact_prefix = "XEP:",
          .canonical_prefix = "XCEP:",
          .linked_prefix = "XCP",
          .description = "a person named in the article",
          .example = "person:\"Khawaja Asif\""},
    Field{.id = FieldId::kOrgs,
          .key = "orgs",
          .name = "org",
          .shape = Shape::kList,
          .kind = FieldKind::kEntity,
          .flags = kStored | kJson | kFilter | kFaceted,
          .prefix = "XO",
          .slot = slot::kNone,
          .csv_column = 11,
          .aliases = aliases::kOrgs,
          .list = &Article::orgs,
          .exact_prefix = "XEO:",
          .canonical_prefix = "XCEO:",
          .linked_prefix = "XCO",
          .description = "an organisation named in the article",
          .example = "org:\"united nations\""},
    Field{.id = FieldId::kPlaces,
          .key = "places",
          .name = "place",
          .shape = Shape::kList,
          .kind = FieldKind::kEntity,
          .flags = kStored | kJson | kFilter | kFaceted,
          .prefix = "XL",
          .slot = slot::kNone,
          .csv_column = 12,
          .aliases = aliases::kPlaces,
          .list = &Article::places,
          .exact_prefix = "XEL:",
          .canonical_prefix = "XCEL:",
          .linked_prefix = "XCL",
          .description = "a place named in the article",
          .example = "place:kabul"},
    Field{.id = FieldId::kTags,
          .key = "tags",
          .name = "tag",
          .shape = Shape::kList,
          .kind = FieldKind::kFreeText,
          .flags = kStored | kJson,
          .prefix = "XK",
          .slot = slot::kNone,
          .csv_column = 0,
          .aliases = aliases::kTags,
          .list = &Article::tags,
          .description = "a tag or keyword from the metadata",
          .example = "tag:elections"},
    Field{.id = FieldId::kCluster,
          .key = "cluster",
          .shape = Shape::kText,
          .kind = FieldKind::kNone,
          .flags = kJson | kOmitEmpty,
          .prefix = prefix::kCluster,
          .slot = slot::kCluster,
          .csv_column = 0,
          .text = &Article::cluster,
          .description = "near-duplicate cluster: the id of its head (in JSON when known)"},
    Field{.id = FieldId::kBody,
          .key = "body",
          .shape = Shape::kText,
          .kind = FieldKind::kFreeText,
          .flags = kStored | kMappable,
          .slot = slot::kNone,
          .csv_column = 0,
          .aliases = aliases::kBody,
          .text = &Article::body,
          .unprefixed_weight = 1,
          .joiner = "\n\n",
          .description = "the article's text"},
    Field{.id = FieldId::kSourceFile,
          .key = "source_file",
          .shape = Shape::kText,
          .kind = FieldKind::kNone,
          .flags = kStored,
          .prefix = prefix::kSourceFile,
          .slot = slot::kNone,
          .csv_column = 0,
          .text = &Article::source_file,
          .description = "id of the file the article came from (for deletions)"},
    Field{.id = FieldId::kNearDuplicate,
          .key = "near_duplicate",
          .shape = Shape::kSignature,
          .kind = FieldKind::kNone,
          .flags = 0,
          .prefix = prefix::kNearDupBand,
          .slot = slot::kNearDupSignature,
          .csv_column = 0,
          .description = "MinHash signature of the body and its LSH band terms"},
    Field{.id = FieldId::kSortTime,
          .key = "sort_time",
          .shape = Shape::kNone,
          .kind = FieldKind::kNone,
          .flags = kSortable,
          .slot = slot::kSortTime,
          .csv_column = 0,
          .description = "the publication time, for sorting by date"},
    Field{.id = FieldId::kFileStamp,
          .key = "file_stamp",
          .shape = Shape::kNone,
          .kind = FieldKind::kNone,
          .flags = 0,
          .slot = slot::kFileStamp,
          .csv_column = 0,
          .description = "size and mtime of the source file (change detection)"},
    Field{.id = FieldId::kContentHash,
          .key = "content_hash",
          .shape = Shape::kNone,
          .kind = FieldKind::kNone,
          .flags = 0,
          .slot = slot::kContentHash,
          .csv_column = 0,
          .description = "hash of the source file's bytes (change detection)"},
};

/// Metadata keys of the entity catalogue (see docs/entities.md).
namespace metadata {
inline constexpr std::string_view kAliases = "newsindex.aliases";    ///< the alias file's text
inline constexpr std::string_view kLinkState = "newsindex.links.";   ///< + field name: JSON
inline constexpr std::string_view kDisplayName = "newsindex.name.";  ///< + "P:" + folded name
}  // namespace metadata

/// The field of an id.
constexpr const Field& field(FieldId id) {
  return kFields[static_cast<std::size_t>(id)];
}
/// The query field called `name` (what the user types before ':'), or nullptr.
const Field* find_field(std::string_view name);
/// The field whose article key is `key` ("byline"), or nullptr.
const Field* find_field_by_key(std::string_view key);
/// The field a reader takes from `key`, matched as `reader` matches keys, or nullptr.
const Field* field_for_alias(std::string_view key, Readers reader);
/// A record key in the form records match it: lower case, without '_', '-' and ' '.
std::string normalised_record_key(std::string_view key);

/// The exact-entity term prefix ("XEP:", "XEO:", "XEL:") of an entity field.
std::string exact_entity_prefix(const Field& field);
/// The canonical-entity term prefix ("XCEP:", ...) of an entity field.
std::string canonical_entity_prefix(const Field& field);
/// The prefix of the linked canonical-name words ("XCP", ...) of an entity field.
std::string linked_words_prefix(const Field& field);

}  // namespace news::schema
