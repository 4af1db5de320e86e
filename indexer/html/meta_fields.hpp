// The page-level metadata of an HTML document: <meta> tags, <title>, canonical link,
// language and the JSON-LD scripts.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "html_document.hpp"

namespace news::html {

struct PageMeta {
  // (key, content) of every <meta> with content, in page order; the key is the
  // property, name, itemprop or http-equiv attribute in lower case.
  std::vector<std::pair<std::string, std::string>> tags;
  std::string title;      // the <title> text, white space collapsed
  std::string canonical;  // <link rel=canonical href>
  std::string alternate;  // the first absolute <link rel=alternate|shortlink href> (a feed on
                          // the site's own host, say): where the page lives without canonical
  std::string language;   // <html lang>
  std::vector<std::string_view> json_ld;  // texts of application/ld+json scripts

  // The first non-empty content for `key` (lower case), or "".
  std::string_view first(std::string_view key) const;
  // Every content for `key`, in page order.
  std::vector<std::string_view> all(std::string_view key) const;
};

// Collects the metadata of `doc` in one pass. Views point into `doc`.
PageMeta read_page_meta(const HtmlDocument& doc);

// `value` in ASCII lower case.
std::string to_lower(std::string_view value);

// True when the space-separated token list `tokens` (e.g. a rel attribute) holds `token`,
// ignoring case.
bool has_token(std::string_view tokens, std::string_view token);

// Character references left in a text that a page escaped twice ("&amp;#8222;" in a
// <meta> content reads "&#8222;" after parsing), decoded.
std::string decode_entities(std::string_view text);

}  // namespace news::html
