#include "enrich.hpp"

#include "date_resolution.hpp"
#include "entity_enrichment.hpp"
#include "language_detection.hpp"
#include "near_duplicate_signature.hpp"

namespace news {

void enrich_article(Article& article) {
  resolve_date(article);
  resolve_language(article);
  add_recognised_entities(article);
  add_near_duplicate_signature(article);
}

}  // namespace news
