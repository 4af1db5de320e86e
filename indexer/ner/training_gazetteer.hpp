#pragma once

#include <cstddef>
#include <vector>

#include "conll_reader.hpp"
#include "lexicon.hpp"

namespace news::ner {

// Adds the gold entity names of `docs` to the gazetteer of `lexicon` (PER as person,
// ORG as org, LOC as place, MISC as nationality), skipping the documents of fold
// `skip_fold` (document i is in fold i % folds; skip_fold >= folds skips none).
// Training documents see only the names of other folds, so the tagger learns how far
// to trust a gazetteer match on unseen text. One-word names the lexicon also knows in
// lower case are left out.
void add_training_entities(Lexicon& lexicon, const std::vector<AnnotatedDocument>& docs,
                           std::size_t folds, std::size_t skip_fold);

}  // namespace news::ner
