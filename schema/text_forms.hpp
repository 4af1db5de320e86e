// The forms words take in the index, shared by indexing and querying so both sides agree:
// diacritics of Latin letters folded (Zürich = Zurich) and dotted initialisms kept apart
// from words (U.S. is not the pronoun "us").
#pragma once

#include <string>
#include <string_view>

namespace news::schema {

// Text as its words are indexed: Latin letters lose their diacritics ("Pérez" -> "Perez",
// case kept), other scripts are unchanged, and every dotted initialism of two or more
// capital letters becomes one underscore-joined word ("U.S." -> "U_S", "U.N." -> "U_N").
// C++, C#, AT&T need nothing: Xapian keeps them whole. Thread-safe.
std::string index_form(std::string_view text);

// Latin letters without their diacritics, case kept. Thread-safe.
std::string fold_latin_diacritics(std::string_view text);

// "U.S." -> "U_S" (see index_form); other text unchanged.
std::string join_initialisms(std::string_view text);

}  // namespace news::schema
