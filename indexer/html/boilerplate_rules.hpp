// Which elements of a page are not the article: by tag, by role, by being hidden, and by
// the words of their class and id attributes.
#pragma once

#include "html_document.hpp"

namespace news::html {

// Elements whose text is never shown on the page (script, style, noscript, head, form
// controls, ...).
bool is_invisible_tag(GumboTag tag);

// Elements that are never part of an article's text: the invisible ones, and nav, aside,
// figure (captions), menus, labels, media.
bool is_non_content_tag(GumboTag tag);

// True for tags that start a new block of text (p, div, li, h2, td, ...).
bool is_block_tag(GumboTag tag);

enum class Boilerplate {
  kNone,
  kInvisible,  // never shown: drop it whatever it holds
  kChrome,     // chrome around the article; the caller keeps it when it holds most of the
               // page's text (a page wrapped in a <form>, a body wrapper "has-sidebar")
};

// What element i is: chrome are non-content tags, header, footer and form, navigation
// and banner roles, and class/id words such as "share", "comments", "related",
// "newsletter", "cookie", "sidebar", "breadcrumb", "byline", "advert", "meta", "tags".
Boilerplate boilerplate_kind(const HtmlDocument& doc, int i);

// True when element i's class or id marks an article's lead paragraph: a word (between
// '-', '_', ':') intro, lead, lede, teaser, summary, standfirst, abstract, excerpt, dek,
// deck, subheadline, subtitle, vorspann, chapo or sapo, and no chrome token nor one of a
// lead image (asset, image, media, photo, video, figure, picture, gallery).
bool is_lead_element(const HtmlDocument& doc, int i);

// A readability-style weight of element i from its class and id: +25 for words such as
// "article", "content", "story", "entry", "post", "text", -25 for boilerplate words.
int class_weight(const HtmlDocument& doc, int i);

}  // namespace news::html
