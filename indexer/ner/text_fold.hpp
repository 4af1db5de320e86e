#pragma once

#include <string>
#include <string_view>

namespace news::ner {

// Matching key for a name: diacritics removed, case-folded, whitespace runs collapsed
// to one space and periods dropped ("Stéphane  Dujarric" -> "stephane dujarric",
// "U.N." -> "un"). Thread-safe.
std::string fold_name(std::string_view name);

// Title-cases a word written all in capitals ("BRUSSELS" -> "Brussels"); words of up
// to three letters ("UN", "USA") and mixed-case words are returned unchanged.
std::string fix_capitals(std::string_view word);

}  // namespace news::ner
