// The enrichers every article goes through after its reader, in order.
#pragma once

#include "article.hpp"

namespace news {

// Date resolution, language detection, then entity recognition for every entity kind the reader did
// not give (values given in front matter or metadata win over extraction), then the
// near-duplicate signature of the body.
void enrich_article(Article& article);

}  // namespace news
