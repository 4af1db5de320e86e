// Text into HTML and URLs. Every article field is untrusted input (a crawled page can hold
// anything): pages insert them only through these functions.
#pragma once

#include <string>
#include <string_view>

namespace news::web {

// `text` safe as HTML element content and as a quoted attribute value: & < > " ' are
// escaped, invalid UTF-8 is replaced by U+FFFD, control characters other than tab and
// newlines are dropped.
std::string escape_html(std::string_view text);

// A snippet whose matched words carry kHighlightStart/kHighlightEnd, as escaped HTML with
// <mark> around those words (a marker left open is closed at the end).
std::string highlighted_html(std::string_view snippet);

// `text` percent-encoded for a query-string value (RFC 3986 unreserved characters kept).
std::string url_encode(std::string_view text);

// `url` when it is an absolute http or https URL that can be a link target; else "" (an
// article's url field could say javascript: or data:).
std::string safe_link(std::string_view url);

}  // namespace news::web
