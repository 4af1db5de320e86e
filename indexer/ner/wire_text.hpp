// Text as wire services and plain-text archives send it: lines hard-wrapped at a fixed
// width, paragraphs marked by indentation or blank lines.
#pragma once

#include <string>
#include <string_view>

namespace news::ner {

// `text` with the line breaks of hard-wrapped paragraphs replaced by spaces, so a name
// broken across lines ("Chairman Paul\nVolcker") reads as one. Same length as `text`
// and every other byte unchanged, so offsets into it are offsets into `text`.
// A break is a wrap when the text looks wrapped (its longest line is at most 100
// columns and many lines come close to it) and the next line's first word would not
// have fitted on the line: greedy wrapping breaks exactly there. Blank lines and
// indented lines always start a paragraph. Text not wrapped comes back unchanged.
std::string join_wrapped_lines(std::string_view text);

}  // namespace news::ner
