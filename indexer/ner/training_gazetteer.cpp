#include "training_gazetteer.hpp"

#include <array>

#include "utf8.hpp"

namespace news::ner {

void add_training_entities(Lexicon& lexicon, const std::vector<AnnotatedDocument>& docs,
                           std::size_t folds, std::size_t skip_fold) {
  constexpr std::array<GazCategory, kTypeCount> kCategory = {
      GazCategory::kPerson, GazCategory::kOrg, GazCategory::kPlace, GazCategory::kNationality};
  for (std::size_t i = 0; i < docs.size(); ++i) {
    if (folds > 0 && i % folds == skip_fold) {
      continue;
    }
    const Document& doc = docs[i].doc;
    for (const Span& sp : docs[i].gold) {
      std::size_t b = doc.tokens[sp.first].begin;
      std::string_view name = doc.text.substr(b, doc.tokens[sp.last - 1].end - b);
      // One-word names that are also ordinary words ("Yes", the band) would match
      // everywhere; leave them to the tagger.
      bool ordinary = sp.last - sp.first == 1 && lexicon.has_word(ascii_lower(name));
      if (sp.last - sp.first > 6 || ordinary) {
        continue;
      }
      lexicon.add_phrase(name, kCategory[static_cast<std::size_t>(sp.type)]);
    }
  }
}

}  // namespace news::ner
