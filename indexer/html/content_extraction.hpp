// Finding the article's own text in a page and rendering it as paragraphs.
//
// 1. Chrome is removed: invisible elements always; chrome (boilerplate_rules.hpp) unless
//    it holds at least half of the page's paragraph text.
// 2. Every paragraph-like block of 25+ characters scores 1 + its commas + one point per
//    100 characters (at most 3) for its parent, half for its grandparent and a third per
//    level above (readability); containers start from a tag and class/id weight, and the
//    final score is scaled by (1 - link density).
// 3. The best container wins; when several strong candidates share an ancestor, that
//    ancestor wins. Its siblings join when they score well or are plain paragraphs.
// 4. The chosen elements are rendered block by block; blocks that are mostly link text
//    (menus, "read more" lists) and the <h1> are left out.
#pragma once

#include <string>
#include <vector>

#include "block_renderer.hpp"  // join_paragraphs
#include "html_document.hpp"

namespace news::html {

struct ExtractedContent {
  std::vector<std::string> paragraphs;  // white space collapsed, none empty
  int container = -1;                   // the winning element, -1 when the page is empty
};

ExtractedContent extract_content(const HtmlDocument& doc);

}  // namespace news::html
