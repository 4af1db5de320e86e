// The parts of the catalogue kept in the index's metadata: display forms of names and the
// evidence each mention was last linked with (its fingerprint, see Linker::fingerprint).
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <string_view>

#include "error.hpp"

namespace news::catalogue {

// Display forms of the folded names of an entity field.
std::map<std::string, std::string> load_display_names(const Xapian::Database& db,
                                                      std::string_view field);
// Stores the forms that differ from the stored ones.
void store_display_names(Xapian::WritableDatabase& db, std::string_view field,
                         const std::map<std::string, std::string>& names);

// Fingerprints of the mentions of an entity field as last linked.
std::map<std::string, std::string> load_link_state(const Xapian::Database& db,
                                                   std::string_view field);
void store_link_state(Xapian::WritableDatabase& db, std::string_view field,
                      const std::map<std::string, std::string>& state);

// Runs `work`, turning Xapian failures into Error(kDatabase).
template <typename Work>
auto with_database_errors(Work&& work) {
  try {
    return work();
  } catch (const Xapian::Error& e) {
    throw Error(ExitCode::kDatabase, "entity catalogue: " + e.get_description());
  }
}

}  // namespace news::catalogue
