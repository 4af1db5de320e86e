#include "facet_values.hpp"

#include <algorithm>

#include "document_codec.hpp"
#include "entity_terms.hpp"
#include "fields.hpp"
#include "name_fold.hpp"

namespace news::schema {
namespace {

constexpr char kEntrySeparator = '\n';

// "person" -> "P": the letter of an entity field's prefix ("XP").
std::string field_letter(std::string_view field_name) {
  const Field* f = find_field(field_name);
  if (f == nullptr || f->kind != FieldKind::kEntity) {
    throw std::logic_error("not an entity field: " + std::string(field_name));
  }
  return std::string(f->prefix.substr(1));
}

std::string joined(const std::vector<std::string>& entries) {
  std::string out;
  for (const std::string& e : entries) {
    if (!out.empty()) {
      out += kEntrySeparator;
    }
    out += e;
  }
  return out;
}

void add_entries(std::vector<std::string>& entries, const std::string& letter,
                 const std::vector<std::string>& folded) {
  for (const std::string& name : folded) {
    // fold_name collapses white space, so a name holds no separator; skip one that does.
    if (name.empty() || name.find(kEntrySeparator) != std::string::npos) {
      continue;
    }
    std::string entry = letter + ":" + name;
    if (std::find(entries.begin(), entries.end(), entry) == entries.end()) {
      entries.push_back(std::move(entry));
    }
  }
}

std::vector<std::string> folded_all(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  out.reserve(names.size());
  for (const std::string& n : names) {
    out.push_back(fold_name(n));
  }
  return out;
}

void set_or_remove(Xapian::Document& doc, Xapian::valueno slot, const std::string& value) {
  if (value.empty()) {
    // Xapian throws when removing a value the document does not have.
    if (!doc.get_value(slot).empty()) {
      doc.remove_value(slot);
    }
  } else {
    doc.add_value(slot, value);
  }
}

}  // namespace

void set_facet_values(Xapian::Document& doc, const Article& a) {
  std::vector<std::string> entries;
  add_entries(entries, field_letter("person"), folded_all(a.persons));
  add_entries(entries, field_letter("org"), folded_all(a.orgs));
  add_entries(entries, field_letter("place"), folded_all(a.places));
  set_or_remove(doc, slot::kEntities, joined(entries));
  set_or_remove(doc, slot::kSource, a.source);
  set_or_remove(doc, slot::kLanguage, fold_name(a.language));
}

void set_canonical_entities(Xapian::Document& doc, std::string_view field_name,
                            const std::vector<std::string>& folded) {
  const std::string letter = field_letter(field_name);
  const std::string value = doc.get_value(slot::kEntities);
  std::vector<std::string> entries;
  for (std::string_view entry : entity_entries(value)) {
    if (!entry.starts_with(letter + ":")) {
      entries.emplace_back(entry);
    }
  }
  add_entries(entries, letter, folded);
  set_or_remove(doc, slot::kEntities, joined(entries));
}

std::vector<std::string_view> entity_entries(std::string_view value) {
  std::vector<std::string_view> out;
  while (!value.empty()) {
    const std::size_t end = std::min(value.find(kEntrySeparator), value.size());
    if (end > 0) {
      out.push_back(value.substr(0, end));
    }
    value.remove_prefix(std::min(end + 1, value.size()));
  }
  return out;
}

char entry_letter(std::string_view field_name) {
  return field_letter(field_name)[0];
}

std::string_view entry_field(std::string_view entry) {
  if (entry.size() < 3 || entry[1] != ':') {
    return "";
  }
  for (std::string_view name : kEntityFields) {
    if (field_letter(name)[0] == entry[0]) {
      return name;
    }
  }
  return "";
}

std::string entry_display_name(const Xapian::Database& db, std::string_view entry) {
  const std::string_view field = entry_field(entry);
  if (field.empty()) {
    return std::string(entry);
  }
  std::string name = db.get_metadata(bounded_term(display_name_prefix(field), entry.substr(2)));
  return name.empty() ? std::string(entry.substr(2)) : name;
}

std::string_view year_of_day(std::string_view day_value) {
  if (day_value.size() != 8 || day_value.find_first_not_of("0123456789") != std::string::npos) {
    return "";
  }
  return day_value.substr(0, 4);
}

}  // namespace news::schema
