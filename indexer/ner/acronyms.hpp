#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tags.hpp"
#include "tokenizer.hpp"

namespace news::ner {

// Letters of an acronym ("TTP", "U.N." -> "UN"): 2 to 6 capitals, periods allowed;
// empty if `word` is not one.
std::string acronym_letters(std::string_view word);

// Capitals starting the words and hyphen-joined parts of a name:
// "Tehrik-i-Taliban Pakistan" -> "TTP".
std::string initials(std::string_view name);

// Where the text defines an acronym, "Tehrik-i-Taliban Pakistan (TTP)", and the
// acronym was tagged as an organisation, makes the words whose initials spell it an
// organisation span too (replacing spans that overlapped them). Keeps `spans` sorted.
void add_acronym_expansions(const Document& doc, std::vector<Span>& spans);

}  // namespace news::ner
