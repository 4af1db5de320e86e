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
#include "linker.hpp"

namespace news::catalogue {

// The three fields' linkers over the index's names, the alias rules and display forms.
std::array<std::unique_ptr<Linker>, 3> make_linkers(const Xapian::Database& db,
                                                    DisplayNames& display);

class LinkSnapshot {
 public:
  // The index's names now, with `fresh` display forms not yet stored.
  LinkSnapshot(const Xapian::Database& db, const DisplayNames& fresh);

  // Sets the link terms of `doc`, encoded from `article`, for what can be decided now.
  void link(const Article& article, Xapian::Document& doc) const;

 private:
  DisplayNames m_display;
  std::array<std::unique_ptr<Linker>, 3> m_linkers;
};

}  // namespace news::catalogue
