// The alias file: corrections of the catalogue's linking, one line per merge or split.
//
//   # comment
//   Ronald Reagan = Reagan = President Reagan    (merge: the later names link to the first)
//   Baker Hughes != Baker                         (split: these names never link to each other)
//
// Names match as the index folds them (case, accents, spaces). See docs/entities.md.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>

namespace news::catalogue {

struct AliasRules {
  std::map<std::string, std::string> merges;             // folded name -> canonical (display)
  std::set<std::pair<std::string, std::string>> splits;  // folded pairs, both orders

  // The canonical name `folded` is merged into, or nullptr.
  const std::string* merged_into(const std::string& folded) const;
  // Whether the two folded names must never be linked.
  bool split(const std::string& a, const std::string& b) const;
  bool empty() const { return merges.empty() && splits.empty(); }
};

// Parses an alias file's text. Throws Error(kUsage) naming the line of a malformed rule
// (a side without a name, a split with more than two names, a name merged twice).
AliasRules parse_aliases(std::string_view text);

}  // namespace news::catalogue
