// Persons the archive knows by one name ("Volcker", "Sumita") found again in articles
// where the recogniser missed them, typically short stories named in a headline only
// ("Volcker Sees No Clearcut Evidence"). A word qualifies when the archive has recognised
// it as a person in several articles and nearly every article using the word does so
// as part of a person's name (so "Rose" and "Brown" do not).
#pragma once

#include <xapian.h>

#include <map>
#include <set>
#include <string>

#include "article.hpp"

namespace news::catalogue {

class KnownNames {
 public:
  // The qualifying person names of the index; `display` gives their written forms.
  KnownNames(const Xapian::Database& db, const std::map<std::string, std::size_t>& persons,
             const std::map<std::string, std::string>& display);

  // Adds to `article.persons` the known names its title or body writes capitalised that
  // none of its recognised names contains; one recognised as a one-word organisation or
  // place there ("Reagan" tagged as a place) becomes a person.
  void add_missed(Article& article) const;

  std::size_t size() const { return m_names.size(); }

 private:
  std::map<std::string, std::string> m_names;  // folded word -> display form
};

}  // namespace news::catalogue
