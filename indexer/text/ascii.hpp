// Small ASCII helpers shared by the readers: case folding of keys and names, trimming.
#pragma once

#include <string>
#include <string_view>

namespace news {

// `text` with A-Z lowered; other bytes (UTF-8 included) unchanged.
std::string ascii_lower(std::string_view text);

// `text` without leading and trailing spaces, tabs, CR and LF.
std::string_view trim_spaces(std::string_view text);

}  // namespace news
