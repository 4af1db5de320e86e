#include "recognizer.hpp"

#include "embedded_model.hpp"
#include "model_file.hpp"
#include "name_resolution.hpp"
#include "sign_offs.hpp"
#include "tagger.hpp"
#include "wire_spans.hpp"
#include "wire_text.hpp"

namespace news::ner {

// The lexicon, and both passes' weights in one table (the per-pass tables are dropped).
struct Recognizer::Loaded {
  explicit Loaded(Model m) : model(std::move(m)), weights(model.first_pass, model.second_pass) {
    model.first_pass = Weights();
    model.second_pass = Weights();
  }
  Model model;
  TwoPassWeights weights;
};

Recognizer::Recognizer(Model model) : m_loaded(std::make_shared<const Loaded>(std::move(model))) {}

const Recognizer& Recognizer::english() {
  static const Recognizer instance = from_bytes(embedded_english_model());
  return instance;
}

Recognizer Recognizer::from_file(const std::string& path) {
  return Recognizer(load_model_file(path));
}

Recognizer Recognizer::from_bytes(std::string_view bytes) {
  return Recognizer(parse_model(bytes));
}

std::vector<Span> Recognizer::tag(const Document& doc) const {
  FeatureExtractor extractor(m_loaded->model.lexicon);
  return tag_document(extractor, m_loaded->weights, doc);
}

EntitySets Recognizer::recognize(std::string_view text) const {
  const WireView view = wire_view(text);
  Document doc = make_document(view.text);
  std::vector<Span> spans = tag(doc);
  apply_wire_conventions(doc, view.dateline_places, spans);
  EntitySets found = resolve_names(doc, spans);
  // An agency's name is never a person, wherever a sign-off was left.
  std::erase_if(found.persons, [](const std::string& name) { return is_agency_name(name); });
  return found;
}

}  // namespace news::ner
