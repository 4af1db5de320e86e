// Plain-text and Markdown articles, with or without a YAML front-matter block.
#pragma once

#include "reader.hpp"

namespace news {

// Reads one article: front matter values first; otherwise the headline is the first
// headline-like line after site chrome, a "By ..." line is the byline, and the rest is the
// body. Throws ReadError for empty or binary files and broken front matter.
ReadResult read_text_article(const RawItem& item);

}  // namespace news
