// Which canonical name an entity mention of one article stands for, given the whole
// archive's names. Pure: no Xapian here (the index side is catalogue.cpp and
// schema/entity_terms.hpp).
//
// - A person mention that is the end of longer person names in the archive ("Reagan",
//   "De Clercq") may stand for them, unless the archive uses it mostly as a first name
//   ("Paul"); an organisation that starts a longer one of the same article followed by
//   designators ("BankAmerica" / "BankAmerica Corp") stands for it; a place that is a
//   country's name or code ("U.S.", "USA") stands for the country's display name.
// - A person's name with middle initials links to the same name without them ("Ivan F.
//   Boesky" / "Ivan Boesky") when the archive has it. Candidates with far fewer articles
//   than the first are dropped ("Nancy Reagan" beside "Ronald Reagan").
// - One candidate: linked, unless the article names an organisation or place that starts
//   with the mention (a "Baker" beside "Baker Hughes" stays "Baker") and that the
//   archive hardly ever names beside the full name (unlike "Reagan Administration").
// - Several: the article's other entities decide, each candidate weighed by the entities
//   its own articles name (naive Bayes with the candidates' article counts as priors, and
//   each candidate's feature rates smoothed towards the archive's, so that a name seen in
//   one article does not win on one shared feature); unless the best is clearly ahead,
//   the mention stays as it is.
// - The alias file's merges and splits come first.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "aliases.hpp"

namespace news::catalogue {

// An article's entities as features: "P:", "O:" or "L:" + folded name.
using Context = std::set<std::string>;

// The articles that name one full name: how many, and how often each feature occurs there.
struct Profile {
  std::size_t articles = 0;
  std::map<std::string, std::size_t> features;
};

// What context decisions read from the archive (the index, or a test's table).
class Evidence {
 public:
  virtual ~Evidence() = default;
  // The profile of a full name (folded).
  virtual const Profile& profile(const std::string& name) = 0;
  // The share of all articles that have a feature, in (0, 1].
  virtual double share(const std::string& feature) = 0;
  // The number of articles that have both features.
  virtual std::size_t together(const std::string& a, const std::string& b) = 0;
};

// The feature of a folded name of entity field `field` ("person" -> "P:" + name).
std::string feature(std::string_view field, const std::string& folded);

class Linker {
 public:
  // `names`: the folded names of `field` in the archive with their article counts;
  // `display`: display forms of folded names (missing ones are shown folded).
  Linker(std::string_view field, const std::map<std::string, std::size_t>& names,
         const AliasRules& aliases, const std::map<std::string, std::string>& display);

  // The full names `mention` may stand for (folded), most articles first.
  const std::vector<std::string>& candidates(const std::string& mention) const;

  // Every name `mention` could be linked to in some article (folded): longer names of the
  // archive it is part of, its alias, its country. For listing variants.
  std::vector<std::string> possible_targets(const std::string& mention) const;

  // Everything the decision for `mention` depends on besides the article; when it is
  // unchanged, articles linked earlier need no re-linking.
  std::string fingerprint(const std::string& mention) const;

  // Whether `mention`'s links can differ from the mention itself.
  bool may_link(const std::string& mention) const;

  // The canonical name (display form) `mention` stands for in an article with `context`.
  // `evidence` is read when the context must decide between candidates; without it
  // (nullptr) such a mention is left as it is.
  std::string link(const std::string& mention, const Context& context, Evidence* evidence) const;

  // The display form of a folded name.
  std::string display(const std::string& folded) const;

 private:
  void add_candidates(const std::map<std::string, std::size_t>& names);
  void add_initials_variants(const std::map<std::string, std::size_t>& names);
  void add_extensions(const std::map<std::string, std::size_t>& names);
  std::optional<std::string> longer_in_article(const std::string& mention,
                                               const Context& context) const;
  bool blocked_by_context(const std::string& mention, const std::vector<std::string>& options,
                          const Context& context, Evidence* evidence) const;
  std::string choose(const std::string& mention, const std::vector<std::string>& candidates,
                     const Context& context, Evidence& evidence) const;

  std::string m_field;
  AliasRules m_aliases;
  std::map<std::string, std::string> m_display;
  std::map<std::string, std::size_t> m_counts;
  std::map<std::string, std::vector<std::string>> m_candidates;
  std::map<std::string, std::vector<std::string>> m_extensions;  // all longer names
  std::map<std::string, std::string> m_without_initials;  // "ivan f. boesky" -> "ivan boesky"
};

}  // namespace news::catalogue
