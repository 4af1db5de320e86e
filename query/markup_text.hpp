// Untrusted text (article fields, requests) inside HTML or SVG/XML markup: the one escaping
// the web page and the --plot chart share.
#pragma once

#include <string>
#include <string_view>

namespace news {

// `text` safe as HTML or XML element content and as a quoted attribute value: & < > " '
// are escaped, invalid UTF-8 is replaced by U+FFFD, control characters other than tab and
// newlines (C0, DEL, C1; not allowed in XML 1.0) are dropped.
std::string escape_markup(std::string_view text);

}  // namespace news
