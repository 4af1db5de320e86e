// How an article's entities and their links to canonical names are stored as terms.
//
// Each recognised name keeps its own terms (`XP` words, `XEP:` exact term), so
// `person:reagan` finds every mention. The entity catalogue (indexer/catalogue/) decides
// which canonical name each mention links to. A name stands for itself until it is linked
// to another: an article none of whose names of a field is linked has no canonical terms
// for that field (its canonical names are its exact names; they were most of the index's
// `XCEP:` terms, 3.4 MB of Reuters). An article with a linked name of a field holds, for
// that field, the link mark (the bare `XCEP:` term) and one `XCEP:` term per canonical
// name of its entities, and, where the canonical name differs from the mention, the
// canonical name's words under `XCP` with positions, so that `--person "Ronald Reagan"`
// finds an article that says only "Reagan". Links are rewritten from these terms alone:
// re-linking never needs the source files.
#pragma once

#include <xapian.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "fields.hpp"

namespace news::schema {

// The entity fields of the field table, by query name, in table order: person, org, place.
inline constexpr auto kEntityFields = [] {
  constexpr auto is_entity = [](const Field& f) { return f.kind == FieldKind::kEntity; };
  std::array<std::string_view, std::count_if(kFields.begin(), kFields.end(), is_entity)> names{};
  std::size_t n = 0;
  for (const Field& f : kFields) {
    if (is_entity(f)) {
      names[n++] = f.name;
    }
  }
  return names;
}();

// One entity of an article (folded) and the canonical name it links to (display form).
struct EntityLink {
  std::string mention;
  std::string canonical;
  bool operator==(const EntityLink&) const = default;
};

// A folded name and the number of articles it stands for.
using NameCount = std::pair<std::string, Xapian::doccount>;

// The metadata key prefix of the display forms of `field_name`'s canonical names
// ("newsindex.name.L:" for places): + folded name, bounded like a term.
std::string display_name_prefix(std::string_view field_name);

// The term that says an article's entity of `field_name` links to `canonical` (held by
// articles whose names of the field are linked; the others link their names to themselves).
std::string canonical_entity_term(std::string_view field_name, std::string_view canonical);

// The term every article holds that has a linked name of `field_name` (the bare canonical
// prefix): its canonical names are its canonical terms, not its exact names.
std::string link_mark_term(std::string_view field_name);

// Folded names of `field_name` recognised in the document (from its exact terms).
std::vector<std::string> entity_names(const Xapian::Document& doc, std::string_view field_name);

// Folded canonical names the document's entities of `field_name` link to: its canonical
// terms when it has any for the field, else its exact names.
std::vector<std::string> canonical_names(const Xapian::Document& doc, std::string_view field_name);

// Names of one article per entity field, in kEntityFields order (person, org, place).
using EntityNames = std::array<std::vector<std::string>, kEntityFields.size()>;

// entity_names and canonical_names of every entity field of document `id`, read in one
// pass over the database's term list. A Xapian::Document read from the database loads
// every term's positions before its term list can be walked: the catalogue, which reads
// the names of many articles, reads them here instead. Throws Xapian::DocNotFoundError
// when the database has no document `id`.
EntityNames entity_names(const Xapian::Database& db, Xapian::docid id);
EntityNames canonical_names(const Xapian::Database& db, Xapian::docid id);

// Indexes the words of one folded name under `prefix` with `generator`: unstemmed (entity
// searches are phrases of exact words: `--person`, and `person:word`, which
// fold_entity_values quotes), with positions only when the name has more than one word (a
// phrase of one word is that word). Then leaves a gap, so that no phrase spans two names,
// and the generator stemming as the codec's does (STEM_SOME).
void index_name_words(Xapian::TermGenerator& generator, const std::string& folded,
                      const std::string& prefix);

// Replaces the document's link terms of `field_name` with `links` (none when every name
// links to itself), and its canonical entities in the facet value.
void set_entity_links(Xapian::Document& doc, std::string_view field_name,
                      const std::vector<EntityLink>& links);

// Folded names of `field_name` recognised anywhere in the index, with article counts.
std::vector<NameCount> indexed_entity_names(const Xapian::Database& db,
                                            std::string_view field_name);

// Folded canonical names of `field_name` with the number of articles linked to each.
std::vector<NameCount> canonical_entity_counts(const Xapian::Database& db,
                                               std::string_view field_name);

// Documents in which `folded` was recognised as an entity of `field_name`.
std::vector<Xapian::docid> documents_naming(const Xapian::Database& db, std::string_view field_name,
                                            std::string_view folded);

// How many articles recognise `folded` as an entity of `field_name`.
Xapian::doccount entity_article_count(const Xapian::Database& db, std::string_view field_name,
                                      std::string_view folded);

// Of the articles whose text has `word` (one folded word), the share in which it is part
// of a recognised entity of `field_name`: near 1 for "volcker", low for "rose".
double entity_word_share(const Xapian::Database& db, std::string_view field_name,
                         std::string_view word);

// How many articles recognise both `a` as an entity of `field_a` and `b` as one of
// `field_b` (names folded).
Xapian::doccount articles_naming_both(const Xapian::Database& db, std::string_view field_a,
                                      std::string_view a, std::string_view field_b,
                                      std::string_view b);

// How many articles recognise `mention` and link it to `canonical` (both folded).
Xapian::doccount linked_article_count(const Xapian::Database& db, std::string_view field_name,
                                      std::string_view mention, std::string_view canonical);

}  // namespace news::schema
