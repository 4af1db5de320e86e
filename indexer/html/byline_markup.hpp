// Bylines that the markup marks: schema.org microdata, rel=author, hCard / h-card, class
// names, and the agency of a source line at the end of the text.
#pragma once

#include <string>
#include <string_view>

#include "html_document.hpp"

namespace news::html {

// The byline the markup gives, cleaned and joined with "; ", in order: itemprop=author
// elements and rel=author links; a schema.org Person item right after a lead-in ("Von
// <span itemtype=…/Person>"); an hCard / h-card (class vcard, h-card) next to a headline; the
// first short element whose class/id holds "byline", "author", "autor" or "auteur", next to a
// headline (within 600 bytes of text after an <h1>, 200 before it) before one elsewhere.
// Names are read from itemprop=name, class fn or p-name inside when present. Nothing inside
// a comment thread counts (in_comments, page_regions.hpp): commenters are not the author.
// "" when there is none.
std::string byline_from_elements(const HtmlDocument& doc, std::string_view site);

// The agency of the page's last source line ("Quelle: kathpress", "Source: <a>AP</a>"): at
// most 80 bytes, no digits, no picture credit ("Foto", "Getty", …). "" when there is none.
std::string source_credit(const HtmlDocument& doc);

}  // namespace news::html
