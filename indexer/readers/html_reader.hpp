// HTML pages (.html, .htm, .xhtml): one article per page.
#pragma once

#include "reader.hpp"

namespace news {

// Reads the article of a web page: metadata from JSON-LD, <meta> tags and markup
// (indexer/html/), the body from the page's main content with navigation, comments,
// share and related-stories blocks left out (html/content_extraction.hpp). Throws
// ReadError for empty or binary files and for pages with neither a title nor text.
ReadResult read_html_article(const RawItem& item);

}  // namespace news
