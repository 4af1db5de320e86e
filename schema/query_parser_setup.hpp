// Builds the Xapian::QueryParser from the field table, and the filter queries the
// command-line options add (--person, --since, --until).
#pragma once

#include <xapian.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace news::schema {

// The first and last day keys ("YYYYMMDD") of a partial date: "2025" -> 20250101..20251231,
// "2025-10" -> 20251001..20251031, "2025-10-29" -> 20251029..20251029. Also accepts
// "2025/10/29" and "20251029". nullopt when the text is not such a date.
std::optional<std::pair<std::string, std::string>> day_span(std::string_view text);

// Articles whose day lies in [from, to]; an empty bound is open. Bounds are partial dates
// as day_span accepts them. Throws Error(kUsage) on a malformed bound.
Xapian::Query date_range_query(std::string_view from, std::string_view to);

// `date:` query text: a partial date or a range "FROM..TO" with optional open ends.
Xapian::Query date_field_query(std::string_view text);

// Articles in which `name` (one or more words, any case or accents) was recognised as an
// entity of the field ("person", "org", "place"): a phrase over the folded name words.
Xapian::Query entity_query(std::string_view field_name, std::string_view name);

// Query text with the values of entity fields folded as names are indexed:
// `person:"Stéphane Dujarric"` -> `person:"stephane dujarric"`. Xapian 1.4's field
// processors do not receive quoted phrases, so folding happens before parsing. A value
// of one unquoted word is quoted (`person:Asif` -> `person:"asif"`): name words are not
// stemmed, and a phrase is not stemmed by the parser.
std::string fold_entity_values(std::string_view text);

// Articles in language `code` ("fr").
Xapian::Query language_filter(std::string_view code);

// A QueryParser stemming for `language` (an ISO 639-1 code), with AND as the default
// operator and every field of the table as a `name:` prefix. A malformed field value
// (`date:tomorrow`) matches nothing and its message is stored in `*field_error`.
Xapian::QueryParser make_query_parser(const Xapian::Database& db, std::string_view language,
                                      std::shared_ptr<std::string> field_error);

// Flags for the full query syntax: phrases, boolean operators, +/-, NEAR, wildcards.
unsigned full_query_flags();

}  // namespace news::schema
