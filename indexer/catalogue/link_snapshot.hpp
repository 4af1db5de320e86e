// The catalogue as it stands, for linking articles as they are encoded (on the worker
// threads), so that the end-of-run pass (update_links) rewrites few documents: country
// names and codes, alias merges and surnames with one full name in the archive are linked
// here; what needs other articles' context is left to the end of the run.
#pragma once

#include <xapian.h>

#include <array>
#include <memory>
#include <vector>

#include "article.hpp"
#include "catalogue.hpp"
#include "entity_terms.hpp"
#include "known_names.hpp"
#include "linker.hpp"

namespace news::catalogue {

// The three fields' linkers over the index's names, the alias rules and display forms;
// the person names with their article counts go to `persons` when given.
std::array<std::unique_ptr<Linker>, 3> make_linkers(
    const Xapian::Database& db, DisplayNames& display,
    std::map<std::string, std::size_t>* persons = nullptr);

class LinkSnapshot {
 public:
  // The index's names now, with `fresh` display forms not yet stored.
  LinkSnapshot(const Xapian::Database& db, const DisplayNames& fresh);

  // Adds the persons the archive knows that the article names without their being
  // recognised (KnownNames); before encoding.
  void add_known_persons(Article& article) const { m_known->add_missed(article); }

  // Sets the link terms of `doc`, encoded from `article`, for what can be decided now.
  void link(const Article& article, Xapian::Document& doc) const;

  // The names this snapshot may link to another name (besides in-article links).
  const NameSets& linkable() const { return m_linkable; }

 private:
  DisplayNames m_display;
  std::array<std::unique_ptr<Linker>, 3> m_linkers;
  std::unique_ptr<KnownNames> m_known;
  NameSets m_linkable;
};

}  // namespace news::catalogue
