#include "fields.hpp"

#include <string>

namespace news::schema {
namespace {

constexpr bool names_prefixes_and_slots_unique() {
  for (std::size_t i = 0; i < kFields.size(); ++i) {
    for (std::size_t j = i + 1; j < kFields.size(); ++j) {
      if (kFields[i].name == kFields[j].name) {
        return false;
      }
      if (!kFields[i].prefix.empty() && kFields[i].prefix == kFields[j].prefix) {
        return false;
      }
      if (kFields[i].slot != slot::kNone && kFields[i].slot == kFields[j].slot) {
        return false;
      }
    }
  }
  return true;
}

constexpr bool prefixes_follow_conventions() {
  for (const Field& f : kFields) {
    const bool date_without_prefix = f.kind == FieldKind::kDate && f.prefix.empty();
    const bool has_prefix = !f.prefix.empty() && (f.prefix == "S" || f.prefix[0] == 'X');
    if (!date_without_prefix && !has_prefix) {
      return false;
    }
    if (f.kind == FieldKind::kDate && f.slot == slot::kNone) {
      return false;
    }
  }
  return true;
}

static_assert(names_prefixes_and_slots_unique(), "field names, prefixes and slots must differ");
static_assert(prefixes_follow_conventions(), "prefixes: S or X..., date fields need a slot");

}  // namespace

const Field* find_field(std::string_view name) {
  for (const Field& f : kFields) {
    if (f.name == name) {
      return &f;
    }
  }
  return nullptr;
}

std::string exact_entity_prefix(const Field& field) {
  // "XP" -> "XEP:": one exact term per whole name, for filters and facets.
  return std::string(prefix::kExactEntity) + std::string(field.prefix.substr(1)) + ":";
}

std::string canonical_entity_prefix(const Field& field) {
  return std::string(prefix::kCanonicalEntity) + std::string(field.prefix.substr(1)) + ":";
}

std::string linked_words_prefix(const Field& field) {
  return std::string(prefix::kLinkedWords) + std::string(field.prefix.substr(1));
}

}  // namespace news::schema
