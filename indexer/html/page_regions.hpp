// Where on a page a node lies: next to a headline, or in a comment thread. Bylines and dates
// shown next to the headline belong to the article; those in comment threads to readers.
#pragma once

#include <vector>

#include "html_document.hpp"

namespace news::html {

// For every node, whether it lies next to a headline: within 600 bytes of visible text after
// one of the page's first five <h1>s, or 200 bytes before one.
std::vector<bool> near_headlines(const HtmlDocument& doc);

// Whether node i is inside a comment thread: it or an ancestor below <body> has a class/id
// token with a part starting with "comment" ("comment-list", "u-comment"; not
// "comments-open"/"-closed", which themes put on the post, nor "category-comment") or being
// "respond" or "responses", or an itemtype ending in /Comment.
bool in_comments(const HtmlDocument& doc, int i);

}  // namespace news::html
