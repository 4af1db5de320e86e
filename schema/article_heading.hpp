// What lists an article as a copy of another: its id, title, date and source, read from
// the stored document data without decoding the rest. A search lists the matching copies
// of each result's story; decoding every copy whole (body, entities, values) was most of
// the time of a query on an archive holding many copies of each story.
#pragma once

#include <xapian.h>

#include <string>

#include "article.hpp"

namespace news::schema {

// An article with only id, title, date and source filled, as DocumentCodec::decode_article
// fills them; the other stored fields are skipped (stored_data.hpp). Data of another form
// gives the id alone (from its order value), as decode_article does.
Article decode_heading(const Xapian::Document& doc);

// A key whose byte order is the order copies are listed in: oldest first (by the second),
// undated last, then by id. Read from the order value's time and the id value, so that
// the copies of a story can be ordered without reading their stored data; an article
// without an order value sorts after every other, by its id.
std::string oldest_first_key(const Xapian::Document& doc);

}  // namespace news::schema
