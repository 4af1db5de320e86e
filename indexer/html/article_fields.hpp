// Title, byline and source of an HTML article, from its metadata and markup.
#pragma once

#include <string>
#include <string_view>

#include "html_document.hpp"
#include "json_ld.hpp"
#include "meta_fields.hpp"

namespace news::html {

// The site's name: og:site_name, else the JSON-LD publisher, else application-name.
std::string site_name(const PageMeta& meta, const JsonLdArticle& ld);

// `title` without a site name suffix or prefix (" | Site", " - Site", " — Site",
// "Site: "): the part that is `site`, or else the last part when it is at most a few
// words and the rest is longer.
std::string strip_site_name(std::string_view title, std::string_view site);

// In order: the first <h1> when it reads like a headline (three words or more; what the
// reader sees, where og:title is often an SEO variant), JSON-LD headline, og:title, a
// shorter <h1>, twitter:title, <title>; each with the site name stripped.
std::string pick_title(const HtmlDocument& doc, const PageMeta& meta, const JsonLdArticle& ld,
                       std::string_view site);

// In order: JSON-LD authors; author <meta> tags (author, article:author, byl, dc.creator,
// parsely-author, sailthru.author); itemprop=author, rel=author and "byline"/"author"
// class elements. Cleaned (byline_cleanup.hpp) and joined with "; ".
std::string pick_byline(const HtmlDocument& doc, const PageMeta& meta, const JsonLdArticle& ld,
                        std::string_view site);

}  // namespace news::html
