#include "recognizer.hpp"

#include "embedded_model.hpp"
#include "model_file.hpp"
#include "name_resolution.hpp"
#include "tagger.hpp"

namespace news::ner {

Recognizer::Recognizer(std::shared_ptr<const Model> model) : m_model(std::move(model)) {}

const Recognizer& Recognizer::english() {
  static const Recognizer instance = from_bytes(embedded_english_model());
  return instance;
}

Recognizer Recognizer::from_file(const std::string& path) {
  return Recognizer(std::make_shared<const Model>(load_model_file(path)));
}

Recognizer Recognizer::from_bytes(std::string_view bytes) {
  return Recognizer(std::make_shared<const Model>(parse_model(bytes)));
}

std::vector<Span> Recognizer::tag(const Document& doc) const {
  FeatureExtractor extractor(m_model->lexicon);
  return tag_document(extractor, m_model->first_pass, m_model->second_pass, doc);
}

EntitySets Recognizer::recognize(std::string_view text) const {
  Document doc = make_document(text);
  return resolve_names(doc, tag(doc));
}

}  // namespace news::ner
