// Giving an article its publication date, and recording where it came from.
#pragma once

#include "article.hpp"

namespace news {

// Keeps a date the reader found (front matter, metadata). Otherwise takes, in order: a
// date in the article id's file or folder names, a date in the dateline the reader kept
// (a byline line), a date in the opening lines of the body.
// An article with none stays undated (date_source "none"): the file's modification time
// is not a publication date.
void resolve_date(Article& article);

}  // namespace news
