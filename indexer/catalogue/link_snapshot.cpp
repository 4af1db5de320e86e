#include "link_snapshot.hpp"

#include "aliases.hpp"
#include "catalogue_store.hpp"
#include "fields.hpp"
#include "name_fold.hpp"

namespace news::catalogue {

using schema::kEntityFields;

std::array<std::unique_ptr<Linker>, 3> make_linkers(const Xapian::Database& db,
                                                    DisplayNames& display,
                                                    std::map<std::string, std::size_t>* persons) {
  const AliasRules aliases =
      parse_aliases(db.get_metadata(std::string(schema::metadata::kAliases)));
  std::array<std::unique_ptr<Linker>, 3> linkers;
  for (std::size_t f = 0; f < kEntityFields.size(); ++f) {
    for (const auto& [folded, name] : load_display_names(db, kEntityFields[f])) {
      display[f].emplace(folded, name);  // forms seen in this run come first
    }
    std::map<std::string, std::size_t> names;
    for (const auto& [folded, count] : schema::indexed_entity_names(db, kEntityFields[f])) {
      names[folded] = count;
    }
    linkers[f] = std::make_unique<Linker>(kEntityFields[f], names, aliases, display[f]);
    if (f == 0 && persons != nullptr) {
      *persons = std::move(names);
    }
  }
  return linkers;
}

LinkSnapshot::LinkSnapshot(const Xapian::Database& db, const DisplayNames& fresh)
    : m_display(fresh) {
  m_linkers = with_database_errors([&] {
    std::map<std::string, std::size_t> persons;
    auto linkers = make_linkers(db, m_display, &persons);
    m_known = std::make_unique<KnownNames>(db, persons, m_display[0]);
    for (std::size_t f = 0; f < kEntityFields.size(); ++f) {
      for (const auto& [folded, count] : schema::indexed_entity_names(db, kEntityFields[f])) {
        if (linkers[f]->may_link(folded)) {
          m_linkable[f].insert(folded);
        }
      }
    }
    return linkers;
  });
}

void LinkSnapshot::link(const Article& article, Xapian::Document& doc) const {
  const std::array<const std::vector<std::string>*, 3> names = {&article.persons, &article.orgs,
                                                                &article.places};
  Context context;
  for (std::size_t f = 0; f < names.size(); ++f) {
    for (const std::string& name : *names[f]) {
      context.insert(feature(kEntityFields[f], fold_name(name)));
    }
  }
  for (std::size_t f = 0; f < names.size(); ++f) {
    std::vector<schema::EntityLink> links;
    bool linked = false;
    for (const std::string& name : *names[f]) {
      const std::string folded = fold_name(name);
      links.push_back({folded, m_linkers[f]->link(folded, context, nullptr)});
      linked |= fold_name(links.back().canonical) != folded;
    }
    if (linked) {
      schema::set_entity_links(doc, kEntityFields[f], links);
    }
  }
}

}  // namespace news::catalogue
