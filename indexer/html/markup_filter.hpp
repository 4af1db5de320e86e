// A byte-level pass over raw markup before it is parsed.
#pragma once

#include <string>
#include <string_view>

namespace news::html {

// `markup` without comments and without the contents of <script> elements (except
// JSON-LD ones, kept whole), <style> and <svg> elements. The elements themselves stay,
// empty, so the parse tree keeps its shape. Case-insensitive; an unclosed element keeps
// the rest of the page as it is.
std::string strip_invisible_markup(std::string_view markup);

}  // namespace news::html
