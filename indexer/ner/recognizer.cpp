#include "recognizer.hpp"

#include "embedded_model.hpp"
#include "model_file.hpp"
#include "name_resolution.hpp"
#include "tagger.hpp"

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
  Document doc = make_document(text);
  return resolve_names(doc, tag(doc));
}

}  // namespace news::ner
