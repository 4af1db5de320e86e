#pragma once

#include <string>
#include <string_view>

#include "lexicon.hpp"
#include "weights.hpp"

namespace news::ner {

// A complete recogniser model: lexical resources and two tagging passes (the second
// reads document hints from the first).
struct Model {
  Lexicon lexicon;
  Weights first_pass;
  Weights second_pass;
};

// Serialises a model into the binary model format ("NEWSNER" + version 1, little-endian):
// clusters, gazetteer phrases, then per pass a scale, transitions and sparse rows.
std::string serialize_model(const Model& model);

// Parses a model; throws std::runtime_error naming what is wrong if the bytes are not a
// valid model.
Model parse_model(std::string_view bytes);

// Reads and parses a model file; throws std::runtime_error mentioning `path` on failure.
Model load_model_file(const std::string& path);

// Writes a model file; throws std::runtime_error on failure.
void save_model_file(const Model& model, const std::string& path);

}  // namespace news::ner
