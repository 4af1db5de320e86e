// How the values facets count are stored: one value slot per facet source, read by a match
// spy for every match (reading each match's term list instead is several times slower).
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "article.hpp"

namespace news::schema {

// Sets the facet values of a new document: its canonical entities (each name standing for
// itself until the catalogue links it), source and language.
void set_facet_values(Xapian::Document& doc, const Article& article);

// Replaces the canonical entities of one entity field ("person", "org", "place") in the
// entities value with `folded` canonical names (duplicates dropped).
void set_canonical_entities(Xapian::Document& doc, std::string_view field_name,
                            const std::vector<std::string>& folded);

// The entries of an entities value ("P:khawaja asif", ...), in stored order.
std::vector<std::string_view> entity_entries(std::string_view value);

// The letter that starts the entries of an entity field ('P' for "person": "P:...").
char entry_letter(std::string_view field_name);

// The entity field an entry belongs to ("person" for "P:..."), or "" for a malformed entry.
std::string_view entry_field(std::string_view entry);

// The display form of an entry's canonical name from the catalogue ("Khawaja Asif"), or the
// folded name when the catalogue has none.
std::string entry_display_name(const Xapian::Database& db, std::string_view entry);

// The year ("2025") of a day value ("20251029"), or "" when the value is not a day.
std::string_view year_of_day(std::string_view day_value);

}  // namespace news::schema
