// File names as ids and as text: bytes that are not valid UTF-8, control characters (a
// newline in a name) and a '%' that would read as an escape are written "%XX", so that two
// names that differ in their bytes never share an id, every id is printable UTF-8, and the
// bytes on disk can be recovered from the id.
#pragma once

#include <string>
#include <string_view>

namespace news {

// "caf\xE9.txt" -> "caf%E9.txt"; "a\nb" -> "a%0Ab"; "50%41" -> "50%2541"; valid UTF-8
// without control characters is returned as it is.
std::string escape_path_name(std::string_view raw);

// The inverse of escape_path_name: every "%XX" (two hex digits) becomes the byte XX.
std::string unescape_path_name(std::string_view escaped);

}  // namespace news
