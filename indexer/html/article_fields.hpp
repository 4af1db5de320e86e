// Title, byline and source of an HTML article, from its metadata and markup.
#pragma once

#include <string>
#include <string_view>

#include "headline_text.hpp"  // strip_site_name
#include "html_document.hpp"
#include "json_ld.hpp"
#include "meta_fields.hpp"

namespace news::html {

// The site's name: og:site_name, else the JSON-LD publisher, else application-name.
std::string site_name(const PageMeta& meta, const JsonLdArticle& ld);

// The headline, judged between the page's <h1>s (those naming the site left out) and its
// metadata titles (JSON-LD headline, og:title, twitter:title, <title>; references escaped
// twice decoded). In order: an <h1> that a metadata title holds (a trailing site name
// stripped); a metadata title that an <h1> ends with (the <h1> has a kicker); the only
// <h1>; an <h1> sharing half its words with a metadata title; the first metadata title with
// the site name stripped; the first <h1>.
std::string pick_title(const HtmlDocument& doc, const PageMeta& meta, const JsonLdArticle& ld,
                       std::string_view site);

// In order: JSON-LD authors; author <meta> tags (author, article:author, byl, dc.creator,
// parsely-author, sailthru.author). When that gives nothing or an organisation
// (organisation_like), a person from itemprop=author, rel=author and "byline"/"author"
// class elements, else from a lead-in in the text (byline_from_text), goes first. Cleaned
// (byline_cleanup.hpp) and joined with "; ".
std::string pick_byline(const HtmlDocument& doc, const PageMeta& meta, const JsonLdArticle& ld,
                        std::string_view site);

}  // namespace news::html
