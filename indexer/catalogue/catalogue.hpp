// The entity catalogue kept with the index: the names of the archive, which canonical
// name each article's mentions link to, the user's alias rules, display forms. It lives in
// the index itself (link terms per article, Xapian metadata), so it follows incremental
// indexing and is rebuilt from the index, never from the source files. docs/entities.md.
#pragma once

#include <xapian.h>

#include <array>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace news::catalogue {

// Display forms of folded names, per entity field (person, org, place).
using DisplayNames = std::array<std::map<std::string, std::string>, 3>;
// Folded names, per entity field.
using NameSets = std::array<std::set<std::string>, 3>;

// Adds `name` to `names` under its folded form; a form not written in capitals replaces
// one that is ("Washington" over "WASHINGTON").
void add_display_name(std::map<std::string, std::string>& names, const std::string& name);

struct RelinkStats {
  std::size_t examined = 0;  // articles whose links were recomputed
  std::size_t relinked = 0;  // articles whose links changed
};

// Brings the links up to date with the archive's names and the alias rules: the articles
// `changed` in this run that name a mention that may link now or that was linked as they
// were encoded (`encoded_linkable`), and the articles naming a mention whose evidence
// changed since the last run. Stores `fresh` display forms. Commits every 2,000
// articles relinked, so that the memory of the pass does not grow with the articles it
// relinks; the caller commits the rest.
// Throws Error(kDatabase).
RelinkStats update_links(Xapian::WritableDatabase& db, const std::vector<Xapian::docid>& changed,
                         const DisplayNames& fresh, const NameSets& encoded_linkable = {});

// Replaces the alias rules kept in the index with the text of an alias file (checked
// first: throws Error(kUsage) on a malformed line). update_links applies them.
void store_aliases(Xapian::WritableDatabase& db, const std::string& text);

}  // namespace news::catalogue
