#include "entity_terms.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "document_codec.hpp"
#include "facet_values.hpp"
#include "fields.hpp"
#include "name_fold.hpp"
#include "unweighted_match.hpp"

namespace news::schema {
namespace {

// Canonical words are indexed one position apart per name, as the codec does for names.
constexpr Xapian::termpos kNameGap = 100;

const Field& entity_field(std::string_view name) {
  const Field* f = find_field(name);
  if (f == nullptr || f->kind != FieldKind::kEntity) {
    throw std::logic_error("not an entity field: " + std::string(name));
  }
  return *f;
}

std::vector<std::string> terms_after(const Xapian::Document& doc, const std::string& prefix) {
  std::vector<std::string> out;
  auto it = doc.termlist_begin();
  for (it.skip_to(prefix); it != doc.termlist_end(); ++it) {
    if ((*it).compare(0, prefix.size(), prefix) != 0) {
      break;
    }
    out.push_back((*it).substr(prefix.size()));
  }
  return out;
}

// The exact names (0) and the explicit canonical names with the link mark (1) of each
// entity field of document `id`, one pass over its term list.
using NamesAndLinks = std::array<EntityNames, 2>;

NamesAndLinks terms_by_field(const Xapian::Database& db, Xapian::docid id) {
  // (prefix, exact or canonical, field), sorted: the term list is sorted, skip forward only.
  std::vector<std::tuple<std::string, std::size_t, std::size_t>> prefixes;
  for (std::size_t f = 0; f < kEntityFields.size(); ++f) {
    const Field& field = entity_field(kEntityFields[f]);
    prefixes.emplace_back(exact_entity_prefix(field), 0, f);
    prefixes.emplace_back(canonical_entity_prefix(field), 1, f);
  }
  std::sort(prefixes.begin(), prefixes.end());
  NamesAndLinks out;
  auto it = db.termlist_begin(id);
  const auto end = db.termlist_end(id);
  for (const auto& [prefix, kind, f] : prefixes) {
    if (it == end) {
      break;
    }
    for (it.skip_to(prefix); it != end; ++it) {
      const std::string term = *it;
      if (term.compare(0, prefix.size(), prefix) != 0) {
        break;
      }
      out[kind][f].push_back(term.substr(prefix.size()));
    }
  }
  return out;
}

// The canonical names of a field from its exact names and its canonical terms: the terms
// (without the link mark, the empty name) when the field is linked, else the exact names.
std::vector<std::string> canonical_or_exact(std::vector<std::string> canonical,
                                            std::vector<std::string> exact) {
  if (canonical.empty()) {
    return exact;
  }
  std::erase(canonical, std::string());
  return canonical;
}

// The name part of an entity term: bounded as the exact term bounds it, so that a name
// read from an exact term and one read from a canonical term compare equal.
std::string name_key(const Field& field, std::string_view folded) {
  return bounded_term(field.exact_prefix, folded).substr(field.exact_prefix.size());
}

// A name the term generator reads as one word: ASCII letters and digits only (a hyphen,
// an apostrophe or a CJK character may split it).
bool is_one_word(std::string_view folded) {
  return !folded.empty() &&
         folded.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789") == std::string::npos;
}

std::vector<NameCount> names_after(const Xapian::Database& db, const std::string& prefix) {
  std::vector<NameCount> out;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    out.emplace_back((*it).substr(prefix.size()), it.get_termfreq());
  }
  return out;
}

}  // namespace

std::string display_name_prefix(std::string_view field_name) {
  return std::string(metadata::kDisplayName) +
         std::string(entity_field(field_name).prefix.substr(1)) + ":";
}

std::string canonical_entity_term(std::string_view field_name, std::string_view canonical) {
  const Field& field = entity_field(field_name);
  return canonical_entity_prefix(field) + name_key(field, fold_name(canonical));
}

std::string link_mark_term(std::string_view field_name) {
  return canonical_entity_prefix(entity_field(field_name));
}

std::vector<std::string> entity_names(const Xapian::Document& doc, std::string_view field_name) {
  return terms_after(doc, exact_entity_prefix(entity_field(field_name)));
}

std::vector<std::string> canonical_names(const Xapian::Document& doc, std::string_view field_name) {
  const Field& field = entity_field(field_name);
  return canonical_or_exact(terms_after(doc, canonical_entity_prefix(field)),
                            terms_after(doc, exact_entity_prefix(field)));
}

EntityNames entity_names(const Xapian::Database& db, Xapian::docid id) {
  return terms_by_field(db, id)[0];
}

EntityNames canonical_names(const Xapian::Database& db, Xapian::docid id) {
  NamesAndLinks terms = terms_by_field(db, id);
  EntityNames out;
  for (std::size_t f = 0; f < kEntityFields.size(); ++f) {
    out[f] = canonical_or_exact(std::move(terms[1][f]), std::move(terms[0][f]));
  }
  return out;
}

void index_name_words(Xapian::TermGenerator& generator, const std::string& folded,
                      const std::string& prefix) {
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_NONE);
  if (is_one_word(folded)) {
    generator.index_text_without_positions(folded, 1, prefix);
  } else {
    generator.index_text(folded, 1, prefix);
  }
  generator.increase_termpos(kNameGap);
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
}

void set_entity_links(Xapian::Document& doc, std::string_view field_name,
                      const std::vector<EntityLink>& links) {
  const Field& field = entity_field(field_name);
  const std::string words = linked_words_prefix(field);
  const std::string canonical = canonical_entity_prefix(field);
  for (const std::string& prefix : {words, canonical}) {
    for (const std::string& rest : terms_after(doc, prefix)) {
      doc.remove_term(prefix + rest);
    }
  }
  std::vector<std::string> canonical_names;
  for (const EntityLink& link : links) {
    canonical_names.push_back(fold_name(link.canonical));
  }
  set_canonical_entities(doc, field_name, canonical_names);
  const bool linked = std::any_of(links.begin(), links.end(), [&](const EntityLink& link) {
    return fold_name(link.canonical) != link.mention;
  });
  if (!linked) {
    return;  // every name stands for itself: no canonical terms (canonical_names)
  }
  doc.add_boolean_term(canonical);  // the link mark
  Xapian::TermGenerator generator;
  generator.set_document(doc);
  for (std::size_t i = 0; i < links.size(); ++i) {
    doc.add_boolean_term(canonical + name_key(field, canonical_names[i]));
    if (canonical_names[i] != links[i].mention) {
      index_name_words(generator, canonical_names[i], words);
    }
  }
}

std::vector<NameCount> indexed_entity_names(const Xapian::Database& db,
                                            std::string_view field_name) {
  return names_after(db, exact_entity_prefix(entity_field(field_name)));
}

std::vector<NameCount> canonical_entity_counts(const Xapian::Database& db,
                                               std::string_view field_name) {
  const std::size_t f = std::size_t(
      std::find(kEntityFields.begin(), kEntityFields.end(), field_name) - kEntityFields.begin());
  const Field& field = entity_field(field_name);
  // Articles of an unlinked field count under their exact names; linked ones under their
  // canonical terms, not their exact names.
  std::map<std::string, std::int64_t> counts;
  for (const auto& [name, n] : names_after(db, exact_entity_prefix(field))) {
    counts[name] += n;
  }
  const std::string mark = canonical_entity_prefix(field);
  for (auto it = db.postlist_begin(mark); it != db.postlist_end(mark); ++it) {
    const NamesAndLinks terms = terms_by_field(db, *it);
    for (const std::string& name : terms[0][f]) {
      --counts[name];
    }
  }
  for (const auto& [name, n] : names_after(db, mark)) {
    if (!name.empty()) {
      counts[name] += n;
    }
  }
  std::vector<NameCount> out;
  for (const auto& [name, n] : counts) {
    if (n > 0) {
      out.emplace_back(name, Xapian::doccount(n));
    }
  }
  return out;
}

std::vector<Xapian::docid> documents_naming(const Xapian::Database& db, std::string_view field_name,
                                            std::string_view folded) {
  const std::string term = bounded_term(exact_entity_prefix(entity_field(field_name)), folded);
  return {db.postlist_begin(term), db.postlist_end(term)};
}

Xapian::doccount entity_article_count(const Xapian::Database& db, std::string_view field_name,
                                      std::string_view folded) {
  return db.get_termfreq(bounded_term(exact_entity_prefix(entity_field(field_name)), folded));
}

double entity_word_share(const Xapian::Database& db, std::string_view field_name,
                         std::string_view word) {
  // Title and body words are indexed unprefixed, names' words under the field's prefix.
  const Xapian::doccount text = db.get_termfreq(std::string(word));
  const Xapian::doccount named =
      db.get_termfreq(std::string(entity_field(field_name).prefix) + std::string(word));
  return text == 0 ? 0.0 : std::min(1.0, double(named) / double(text));
}

Xapian::doccount articles_naming_both(const Xapian::Database& db, std::string_view field_a,
                                      std::string_view a, std::string_view field_b,
                                      std::string_view b) {
  return count_matches(
      db,
      Xapian::Query(Xapian::Query::OP_AND,
                    Xapian::Query(bounded_term(exact_entity_prefix(entity_field(field_a)), a)),
                    Xapian::Query(bounded_term(exact_entity_prefix(entity_field(field_b)), b))));
}

Xapian::doccount linked_article_count(const Xapian::Database& db, std::string_view field_name,
                                      std::string_view mention, std::string_view canonical) {
  const Field& field = entity_field(field_name);
  const std::string mark = canonical_entity_prefix(field);
  // Linked to `canonical`: by a canonical term, or, in an article not linked, by its name.
  const Xapian::Query linked(
      Xapian::Query::OP_OR, Xapian::Query(mark + name_key(field, canonical)),
      Xapian::Query(Xapian::Query::OP_AND_NOT,
                    Xapian::Query(bounded_term(exact_entity_prefix(field), canonical)),
                    Xapian::Query(mark)));
  const Xapian::Query both(Xapian::Query::OP_AND,
                           Xapian::Query(bounded_term(exact_entity_prefix(field), mention)),
                           linked);
  return count_matches(db, both);
}

}  // namespace news::schema
