// Folding of names and words for matching: "Stéphane DUJARRIC" and "stephane dujarric"
// fold to the same string, so a person is one person however an article spells them.
#pragma once

#include <string>
#include <string_view>

namespace news {

// Lower-cases, strips diacritics (NFD, drop non-spacing marks, NFC) and collapses runs of
// white space to one space. Non-Latin scripts keep their letters. Thread-safe.
std::string fold_name(std::string_view text);

// True when `text` is plain ASCII: nothing to fold but case (the cheap path of folding).
bool is_ascii(std::string_view text);

}  // namespace news
