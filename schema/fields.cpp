#include "fields.hpp"

#include <cctype>
#include <string>

namespace news::schema {
namespace {

constexpr std::size_t kFieldCount = static_cast<std::size_t>(FieldId::kCount);

constexpr bool ids_match_positions() {
  for (std::size_t i = 0; i < kFields.size(); ++i) {
    if (kFields[i].id != static_cast<FieldId>(i)) {
      return false;
    }
  }
  return kFields.size() == kFieldCount;
}

constexpr bool unique_where_set(std::string_view a, std::string_view b) {
  return a.empty() || a != b;
}

constexpr bool keys_names_and_slots_unique() {
  for (std::size_t i = 0; i < kFields.size(); ++i) {
    for (std::size_t j = i + 1; j < kFields.size(); ++j) {
      const Field& a = kFields[i];
      const Field& b = kFields[j];
      if (a.key.empty() || a.key == b.key || !unique_where_set(a.name, b.name) ||
          (a.slot != slot::kNone && a.slot == b.slot)) {
        return false;
      }
    }
  }
  return true;
}

// The facet value slots (facet_values.hpp), the tie order slot (the codec's order_key) and
// the id's are not fields of their own: none may be a field's slot.
constexpr bool facet_slots_free() {
  for (const Field& f : kFields) {
    for (const Xapian::valueno facet :
         {slot::kEntities, slot::kSource, slot::kLanguage, slot::kOrder, slot::kId}) {
      if (f.slot == facet) {
        return false;
      }
    }
  }
  return true;
}

// Every term prefix of a field: its own, and the exact, canonical and linked ones of names.
constexpr std::array<std::string_view, 4> prefixes_of(const Field& f) {
  return {f.prefix, f.exact_prefix, f.canonical_prefix, f.linked_prefix};
}

// No prefix may start another: allterms_begin("XL") would also walk "XLANG:..." terms, and a
// term could be read under the wrong field.
constexpr bool prefixes_do_not_nest() {
  for (std::size_t i = 0; i < kFields.size() * 4; ++i) {
    for (std::size_t j = 0; j < kFields.size() * 4; ++j) {
      const std::string_view p = prefixes_of(kFields[i / 4])[i % 4];
      const std::string_view q = prefixes_of(kFields[j / 4])[j % 4];
      if (i != j && !p.empty() && !q.empty() && q.starts_with(p)) {
        return false;
      }
    }
  }
  return true;
}

// Xapian's conventions (omega's termprefixes): one capital for the standard fields (S title,
// Q unique id, L language), else X and capitals; entity fields carry all four prefixes.
constexpr bool prefixes_follow_conventions() {
  for (const Field& f : kFields) {
    for (std::string_view p : prefixes_of(f)) {
      const bool standard = p == "S" || p == "Q" || p == "L";
      if (!p.empty() && !standard && (p.size() < 2 || p[0] != 'X')) {
        return false;
      }
    }
    const bool entity = f.kind == FieldKind::kEntity;
    if (entity != !f.exact_prefix.empty() || entity != !f.canonical_prefix.empty() ||
        entity != !f.linked_prefix.empty()) {
      return false;
    }
    if (f.kind == FieldKind::kDate && f.slot == slot::kNone) {
      return false;
    }
  }
  return true;
}

constexpr char lower(char c) {
  return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

constexpr bool skipped_in_records(char c) {
  return c == '_' || c == '-' || c == ' ';
}

// Two keys as a reader compares them.
constexpr bool same_key(std::string_view a, std::string_view b, Readers reader) {
  if (reader == kFrontMatter) {
    return a == b;
  }
  std::size_t i = 0;
  std::size_t j = 0;
  while (true) {
    while (i < a.size() && skipped_in_records(a[i])) {
      ++i;
    }
    while (j < b.size() && skipped_in_records(b[j])) {
      ++j;
    }
    if (i == a.size() || j == b.size()) {
      return i == a.size() && j == b.size();
    }
    if (lower(a[i++]) != lower(b[j++])) {
      return false;
    }
  }
}

constexpr bool aliases_unique_per_reader() {
  for (Readers reader : {kFrontMatter, kRecords}) {
    for (const Field& a : kFields) {
      for (const Alias& x : a.aliases) {
        for (const Field& b : kFields) {
          for (const Alias& y : b.aliases) {
            const bool both = (x.readers & reader) != 0 && (y.readers & reader) != 0;
            if (both && &x != &y && same_key(x.key, y.key, reader)) {
              return false;
            }
          }
        }
      }
    }
  }
  return true;
}

constexpr bool shapes_have_members() {
  for (const Field& f : kFields) {
    if ((f.shape == Shape::kText) != (f.text != nullptr) ||
        (f.shape == Shape::kList) != (f.list != nullptr)) {
      return false;
    }
    if (f.name.empty() != f.example.empty() ||
        (f.kind != FieldKind::kNone && f.kind != FieldKind::kFreeText && f.name.empty())) {
      return false;
    }
  }
  return true;
}

static_assert(ids_match_positions(), "kFields[i].id must be FieldId(i), one row per id");
static_assert(keys_names_and_slots_unique(), "field keys, query names and slots must differ");
static_assert(facet_slots_free(), "facet and order slots must not be fields' slots");
static_assert(prefixes_do_not_nest(), "no term prefix may be the start of another");
static_assert(prefixes_follow_conventions(), "prefixes: S, Q, L or X...; dates need a slot");
static_assert(aliases_unique_per_reader(), "a reader's key may name one field only");
static_assert(shapes_have_members(), "text/list fields name their Article member");

}  // namespace

const Field* find_field(std::string_view name) {
  for (const Field& f : kFields) {
    if (!f.name.empty() && f.name == name) {
      return &f;
    }
  }
  return nullptr;
}

const Field* find_field_by_key(std::string_view key) {
  for (const Field& f : kFields) {
    if (f.key == key) {
      return &f;
    }
  }
  return nullptr;
}

const Field* field_for_alias(std::string_view key, Readers reader) {
  for (const Field& f : kFields) {
    for (const Alias& alias : f.aliases) {
      if ((alias.readers & reader) != 0 && same_key(alias.key, key, reader)) {
        return &f;
      }
    }
  }
  return nullptr;
}

std::string normalised_record_key(std::string_view key) {
  std::string out;
  for (const char c : key) {
    if (!skipped_in_records(c)) {
      out += lower(c);
    }
  }
  return out;
}

std::string exact_entity_prefix(const Field& field) {
  return std::string(field.exact_prefix);
}

std::string canonical_entity_prefix(const Field& field) {
  return std::string(field.canonical_prefix);
}

std::string linked_words_prefix(const Field& field) {
  return std::string(field.linked_prefix);
}

}  // namespace news::schema
