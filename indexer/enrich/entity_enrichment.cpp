#include "entity_enrichment.hpp"

#include "ner/recognizer.hpp"

namespace news {

void add_recognised_entities(Article& article) {
  const bool all_given =
      !article.persons.empty() && !article.orgs.empty() && !article.places.empty();
  if (all_given) {
    return;
  }
  ner::EntitySets found = ner::Recognizer::english().recognize(article.title + "\n" + article.body);
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
