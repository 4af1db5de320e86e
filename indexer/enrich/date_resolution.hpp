// Giving an article its publication date, and recording where it came from.
#pragma once

#include "article.hpp"

namespace news {

// Keeps a date the reader found (front matter, metadata). Otherwise takes, in order: a
// date in the article id's file or folder names, a date in the dateline the reader kept
// (a byline line), a wire dateline's month and day ("PORTLAND, Ore., Feb 26 -") with the
// year of the crawl date or of a year folder, a date in the opening paragraphs where a
// date line would sit (a line that is little more than the date, or a date opening the
// paragraph after a place). A date in the prose ("a bond due July 15, 1992") is never
// the publication date.
// An article with none stays undated (date_source "none"): the file's modification time
// is not a publication date.
void resolve_date(Article& article);

}  // namespace news
