#include "entity_terms.hpp"

#include <algorithm>

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

// The terms of document `id` after each field's prefix, one pass over its term list.
template <typename PrefixOf>
EntityNames terms_by_field(const Xapian::Database& db, Xapian::docid id, PrefixOf prefix_of) {
  std::array<std::pair<std::string, std::size_t>, kEntityFields.size()> prefixes;
  for (std::size_t f = 0; f < kEntityFields.size(); ++f) {
    prefixes[f] = {prefix_of(entity_field(kEntityFields[f])), f};
  }
  std::sort(prefixes.begin(), prefixes.end());  // the term list is sorted: skip forward only
  EntityNames out;
  auto it = db.termlist_begin(id);
  const auto end = db.termlist_end(id);
  for (const auto& [prefix, f] : prefixes) {
    if (it == end) {
      break;
    }
    for (it.skip_to(prefix); it != end; ++it) {
      const std::string term = *it;
      if (term.compare(0, prefix.size(), prefix) != 0) {
        break;
      }
      out[f].push_back(term.substr(prefix.size()));
    }
  }
  return out;
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
  return bounded_term(canonical_entity_prefix(entity_field(field_name)), fold_name(canonical));
}

std::vector<std::string> entity_names(const Xapian::Document& doc, std::string_view field_name) {
  return terms_after(doc, exact_entity_prefix(entity_field(field_name)));
}

std::vector<std::string> canonical_names(const Xapian::Document& doc, std::string_view field_name) {
  return terms_after(doc, canonical_entity_prefix(entity_field(field_name)));
}

EntityNames entity_names(const Xapian::Database& db, Xapian::docid id) {
  return terms_by_field(db, id, [](const Field& f) { return exact_entity_prefix(f); });
}

EntityNames canonical_names(const Xapian::Database& db, Xapian::docid id) {
  return terms_by_field(db, id, [](const Field& f) { return canonical_entity_prefix(f); });
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
  Xapian::TermGenerator generator;
  generator.set_document(doc);
  std::vector<std::string> canonical_names;
  for (const EntityLink& link : links) {
    const std::string folded = fold_name(link.canonical);
    doc.add_boolean_term(bounded_term(canonical, folded));
    canonical_names.push_back(folded);
    if (folded != link.mention) {
      index_name_words(generator, folded, words);
    }
  }
  set_canonical_entities(doc, field_name, canonical_names);
}

std::vector<NameCount> indexed_entity_names(const Xapian::Database& db,
                                            std::string_view field_name) {
  return names_after(db, exact_entity_prefix(entity_field(field_name)));
}

std::vector<NameCount> canonical_entity_counts(const Xapian::Database& db,
                                               std::string_view field_name) {
  return names_after(db, canonical_entity_prefix(entity_field(field_name)));
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
  const Xapian::Query both(Xapian::Query::OP_AND,
                           Xapian::Query(bounded_term(exact_entity_prefix(field), mention)),
                           Xapian::Query(bounded_term(canonical_entity_prefix(field), canonical)));
  return count_matches(db, both);
}

}  // namespace news::schema
