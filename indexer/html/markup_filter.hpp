// A byte-level pass over raw markup before it is parsed.
#pragma once

#include <string>
#include <string_view>

namespace news::html {

// `markup` made cheaper to parse without changing what the extractor reads:
// - comments are dropped;
// - the contents of <script> (except JSON-LD, kept whole), <style>, <svg>, <noscript> and
//   <template> elements are dropped; the elements themselves stay, empty, so the parse tree
//   keeps its shape;
// - each run of white space between tags becomes one character (a new line when the run
//   holds one);
// - start tags keep only the attributes the extractor reads (class, id, itemprop, property,
//   name, content, rel, type, lang, role, hidden, aria-hidden, style, datetime, pubdate,
//   charset, http-equiv; href only on <link>, title except on <a> and <img>), copied as
//   written.
// - elements nested deeper than 256 lose their start and end tags (their text stays):
//   parsers take time quadratic in the depth, and 100,000 nested <div> would take a
//   minute; elements that do not nest (void ones, <p>, <li>, table cells...) do not count;
// Case-insensitive; an unclosed element or tag keeps the rest of the page as it is.
// Linear time in the size of `markup`.
std::string strip_invisible_markup(std::string_view markup);

}  // namespace news::html
