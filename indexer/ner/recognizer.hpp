#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entity_sets.hpp"
#include "tags.hpp"
#include "tokenizer.hpp"

namespace news::ner {

struct Model;
class TwoPassWeights;

// Statistical named-entity recogniser for English news: a two-pass averaged-perceptron
// BILOU tagger with Viterbi decoding, followed by in-article name resolution.
class Recognizer {
 public:
  // The English model embedded in the library at build time. Loaded on first use;
  // thread-safe.
  static const Recognizer& english();

  // Loads a model file written by newsindex-train-ner. Throws std::runtime_error with a
  // message naming the file if it cannot be read or is not a valid model.
  static Recognizer from_file(const std::string& path);

  // Parses a model held in memory. Throws std::runtime_error if it is invalid.
  static Recognizer from_bytes(std::string_view bytes);

  // The persons, organisations and places of one article. `text` is the title and
  // body, paragraphs separated by newlines or blank lines (UTF-8; invalid bytes are
  // tolerated). Wire copy may come as it was sent: hard-wrapped lines, datelines in
  // capitals, sign-offs and credits (wire_text.hpp, wire_spans.hpp). Const and
  // thread-safe.
  EntitySets recognize(std::string_view text) const;

  // The raw tagged spans of a tokenized document (before name resolution).
  std::vector<Span> tag(const Document& doc) const;

 private:
  struct Loaded;
  explicit Recognizer(Model model);

  std::shared_ptr<const Loaded> m_loaded;
};

}  // namespace news::ner
