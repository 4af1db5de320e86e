// What wire copy's conventions say about tagged spans, whatever the tagger made of them.
#pragma once

#include <vector>

#include "tags.hpp"
#include "tokenizer.hpp"
#include "wire_text.hpp"

namespace news::ner {

// Corrects `spans` (sorted by position) of a document read through wire_view:
// - a dateline's place is a place ("DENVER, Feb 26 -"), and so is the same name in the
//   running text ("officials in Denver");
// - a headline in capitals is weak evidence: a name the running text also tags is a
//   person or not as the running text says;
// - a name right before a ticker ("Chrysler <C>", "Citicorp's <CCI.N>"; cut there when
//   tagged across it) or in angle brackets ("<Alex. Brown and Sons Inc>") is a company,
//   and so is the same name, in any case, elsewhere in the story.
void apply_wire_conventions(const Document& doc, const std::vector<ByteRange>& dateline_places,
                            std::vector<Span>& spans);

}  // namespace news::ner
