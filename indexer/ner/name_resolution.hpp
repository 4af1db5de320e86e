#pragma once

#include <vector>

#include "entity_sets.hpp"
#include "tags.hpp"
#include "tokenizer.hpp"

namespace news::ner {

// Turns tagged spans into an article's canonical entity sets:
// - titles are never part of a person's name ("Defense Minister Khawaja Asif" gives
//   "Khawaja Asif"), and spans made only of title words are dropped;
// - a name gets the type most of its mentions have, and a mention that is the end of
//   a longer person name in the article is that person ("Asif" -> "Khawaja Asif");
// - an acronym defined in parentheses ("Tehrik-i-Taliban Pakistan (TTP)") or matching
//   the initials of an organisation in the article ("UN" / "United Nations")
//   resolves to the expansion;
// - names equal up to case and diacritics are one entity; the displayed form is the
//   first mention not written in capitals (capitals are title-cased otherwise);
// - entities are listed in order of first mention. MISC spans are ignored.
EntitySets resolve_names(const Document& doc, const std::vector<Span>& spans);

// Whether `word` (any case) is a title or office word such as "minister".
bool is_title_word(std::string_view word);

}  // namespace news::ner
