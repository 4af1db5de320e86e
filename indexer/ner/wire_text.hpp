// Text as wire services and plain-text archives send it: lines hard-wrapped at a fixed
// width, paragraphs marked by indentation or blank lines.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace news::ner {

// `text` with the line breaks of hard-wrapped paragraphs replaced by spaces, so a name
// broken across lines ("Chairman Paul\nVolcker") reads as one. Same length as `text`
// and every other byte unchanged, so offsets into it are offsets into `text`.
// A break is a wrap when the text looks wrapped (its lines are at most 100 columns, a
// headline aside, and many come close to the longest) and the next line's first word would not
// have fitted on the line: greedy wrapping breaks exactly there. Blank lines and
// indented lines always start a paragraph. Text not wrapped comes back unchanged.
std::string join_wrapped_lines(std::string_view text);

// Bytes [begin, end) of a text.
struct ByteRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Rewrites, in place, the place of a dateline in capitals opening a paragraph
// ("DENVER, Feb 26 - ", "SAO PAULO, March 3 (Reuters) - ", "PORTLAND, Ore., Feb 26 -") in
// its usual casing: the form the text writes elsewhere ("Washington"), else title case
// ("Denver", "Sao Paulo", "Winston-Salem"). A tagger reads a name in capitals as
// anything; the usual form is what it learned from. Same length; ASCII and Latin-1
// letters only. The dateline then ends its sentence (the space after its dash becomes a
// line break), and the agency's credit in it ("(Reuters)") is blanked like a sign-off. Returns
// where the places are: by the wire's convention, places.
std::vector<ByteRange> case_datelines(std::string& text);

// The text a recogniser should read for wire copy as it comes: wrapped lines joined,
// sign-offs, credit and contact lines blanked (sign_offs.hpp), datelines cased. Same
// length as `text`, so token offsets are offsets into `text`.
struct WireView {
  std::string text;
  std::vector<ByteRange> dateline_places;
};
WireView wire_view(std::string_view text);

}  // namespace news::ner
