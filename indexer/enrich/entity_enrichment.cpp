#include "entity_enrichment.hpp"

#include "ner/recognizer.hpp"

namespace news {

void add_recognised_entities(Article& article) {
  const bool all_given =
      !article.persons.empty() && !article.orgs.empty() && !article.places.empty();
  if (all_given) {
    return;
  }
  // The title is a paragraph of its own: never joined to the body's first line as a
  // wrapped line would be.
  ner::EntitySets found =
      ner::Recognizer::english().recognize(article.title + "\n\n" + article.body);
  if (article.persons.empty()) {
    article.persons = std::move(found.persons);
  }
  if (article.orgs.empty()) {
    article.orgs = std::move(found.orgs);
  }
  if (article.places.empty()) {
    article.places = std::move(found.places);
  }
}

}  // namespace news
