// What a file or archive member name says about it besides its kind (sources/input_kind):
// hidden, or a folder's documentation.
#pragma once

#include <string_view>

namespace news {

// ".git", ".DS_Store": a name starting with a dot (the last path component is checked).
bool is_hidden_name(std::string_view name);

// README.md, LICENSE, CHANGELOG.txt...: a folder's documentation, not its articles.
bool is_documentation_name(std::string_view name);

}  // namespace news
