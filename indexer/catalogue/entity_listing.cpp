#include "entity_listing.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "aliases.hpp"
#include "catalogue_store.hpp"
#include "csv_field.hpp"
#include "entity_terms.hpp"
#include "fields.hpp"
#include "linker.hpp"
#include "name_fold.hpp"

namespace news::catalogue {
namespace {

using Variants = std::map<std::string, std::vector<std::pair<std::string, std::size_t>>>;

// For each folded canonical name, the mentions linked to it and in how many articles.
Variants linked_variants(const Xapian::Database& db, std::string_view field,
                         const std::map<std::string, std::size_t>& names, const Linker& linker) {
  Variants variants;
  for (const auto& [mention, count] : names) {
    std::set<std::string> targets{mention};
    for (const std::string& t : linker.possible_targets(mention)) {
      targets.insert(t);
    }
    for (const std::string& t : targets) {
      const std::size_t n =
          targets.size() == 1 ? count : schema::linked_article_count(db, field, mention, t);
      if (n > 0) {
        variants[t].emplace_back(linker.display(mention), n);
      }
    }
  }
  return variants;
}

std::string variant_list(const ListedEntity& e, const char* separator) {
  std::string out;
  for (const auto& [name, n] : e.variants) {
    out += (out.empty() ? "" : separator) + name + " (" + std::to_string(n) + ")";
  }
  return out;
}

}  // namespace

std::vector<ListedEntity> list_entities(const Xapian::Database& db, std::string_view field) {
  return with_database_errors([&] {
    const AliasRules aliases =
        parse_aliases(db.get_metadata(std::string(schema::metadata::kAliases)));
    const std::map<std::string, std::string> display = load_display_names(db, field);
    std::map<std::string, std::size_t> names;
    for (const auto& [folded, count] : schema::indexed_entity_names(db, field)) {
      names[folded] = count;
    }
    const Linker linker(field, names, aliases, display);
    Variants variants = linked_variants(db, field, names, linker);
    std::vector<ListedEntity> out;
    for (const auto& [folded, count] : schema::canonical_entity_counts(db, field)) {
      ListedEntity e{std::string(field), linker.display(folded), count,
                     std::move(variants[folded])};
      std::sort(e.variants.begin(), e.variants.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
      });
      out.push_back(std::move(e));
    }
    std::stable_sort(out.begin(), out.end(), [](const ListedEntity& a, const ListedEntity& b) {
      return a.articles > b.articles;
    });
    return out;
  });
}

void write_entities(std::ostream& out, const std::vector<ListedEntity>& entities,
                    std::string_view format) {
  if (format == "json") {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const ListedEntity& e : entities) {
      nlohmann::ordered_json variants = nlohmann::ordered_json::array();
      for (const auto& [name, n] : e.variants) {
        variants.push_back({{"name", name}, {"articles", n}});
      }
      list.push_back(
          {{"type", e.type}, {"name", e.name}, {"articles", e.articles}, {"variants", variants}});
    }
    nlohmann::ordered_json doc = {{"format_version", 1}, {"entities", list}};
    out << doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    return;
  }
  if (format == "csv") {
    out << "type,name,articles,variants\r\n";
    for (const ListedEntity& e : entities) {
      out << e.type << ',' << csv_field(e.name) << ',' << e.articles << ','
          << csv_field(variant_list(e, "; ")) << "\r\n";
    }
    return;
  }
  for (const ListedEntity& e : entities) {
    out << e.type << '\t' << e.articles << '\t' << e.name << '\t' << variant_list(e, ", ") << '\n';
  }
}

}  // namespace news::catalogue
