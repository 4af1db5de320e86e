// JSON and JSON Lines files -> records.
#pragma once

#include <string_view>
#include <vector>

#include "record.hpp"

namespace news {

// The records of a JSON document: an article object, an array of them, or an object with
// such an array under a key like "articles", "items", "data" or "results". A text that is
// not one JSON document but JSON Lines is read as JSON Lines. Throws ReadError when the
// text is not JSON at all (or holds no article objects).
std::vector<ParsedRecord> json_records(std::string_view text);

// The records of a JSON Lines text, one object per non-blank line, labelled "line N".
// A line that is not a JSON object is a broken record. Throws ReadError when no line is.
std::vector<ParsedRecord> json_lines_records(std::string_view text);

}  // namespace news
