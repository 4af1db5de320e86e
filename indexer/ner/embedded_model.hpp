#pragma once

#include <string_view>

namespace news::ner {

// The bytes of the English model file embedded at build time (see CMakeLists.txt).
std::string_view embedded_english_model();

}  // namespace news::ner
