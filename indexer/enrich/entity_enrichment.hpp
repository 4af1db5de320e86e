// Persons, organisations and places recognised in an article's text.
#pragma once

#include "article.hpp"

namespace news {

// Runs the embedded English recogniser over title and body and fills each entity list
// the reader left empty; lists given by the article's own metadata are kept as given.
void add_recognised_entities(Article& article);

}  // namespace news
