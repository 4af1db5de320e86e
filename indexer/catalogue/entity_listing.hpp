// `newsindex --entities`: the catalogue's canonical entities with their variants and
// article counts, most frequent first, as text, CSV or JSON (docs/entities.md).
#pragma once

#include <xapian.h>

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace news::catalogue {

struct ListedEntity {
  std::string type;  // person, org, place
  std::string name;  // canonical display form
  std::size_t articles = 0;
  // Names the articles use for it ("Reagan", "Ronald Reagan"), with article counts.
  std::vector<std::pair<std::string, std::size_t>> variants;
};

// The canonical entities of one entity field, most articles first (then by name).
std::vector<ListedEntity> list_entities(const Xapian::Database& db, std::string_view field);

// Writes `entities` as "text", "csv" or "json".
void write_entities(std::ostream& out, const std::vector<ListedEntity>& entities,
                    std::string_view format);

}  // namespace news::catalogue
