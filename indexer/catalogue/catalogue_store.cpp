#include "catalogue_store.hpp"

#include <nlohmann/json.hpp>

#include "document_codec.hpp"
#include "entity_terms.hpp"
#include "fields.hpp"

namespace news::catalogue {
namespace {

// "person" -> "newsindex.name.P:", "place" -> "newsindex.name.L:".
std::string display_prefix(std::string_view field) {
  return schema::display_name_prefix(field);
}

}  // namespace

std::map<std::string, std::string> load_display_names(const Xapian::Database& db,
                                                      std::string_view field) {
  const std::string prefix = display_prefix(field);
  std::map<std::string, std::string> names;
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    names[(*it).substr(prefix.size())] = db.get_metadata(*it);
  }
  return names;
}

void store_display_names(Xapian::WritableDatabase& db, std::string_view field,
                         const std::map<std::string, std::string>& names) {
  const std::string prefix = display_prefix(field);
  for (const auto& [folded, name] : names) {
    // Metadata keys share the limit of terms.
    const std::string key = schema::bounded_term(prefix, folded);
    if (db.get_metadata(key) != name) {
      db.set_metadata(key, name);
    }
  }
}

std::map<std::string, std::string> load_link_state(const Xapian::Database& db,
                                                   std::string_view field) {
  const std::string text =
      db.get_metadata(std::string(schema::metadata::kLinkState) + std::string(field));
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  std::map<std::string, std::string> state;
  if (j.is_object()) {
    for (const auto& [mention, fp] : j.items()) {
      if (fp.is_string()) {
        state[mention] = fp.get<std::string>();
      }
    }
  }
  return state;
}

void store_link_state(Xapian::WritableDatabase& db, std::string_view field,
                      const std::map<std::string, std::string>& state) {
  db.set_metadata(
      std::string(schema::metadata::kLinkState) + std::string(field),
      nlohmann::json(state).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace news::catalogue
