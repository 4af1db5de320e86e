#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "model_file.hpp"

namespace news::ner {

struct TrainerOptions {
  std::vector<std::string> train_files;      // CoNLL files to learn from
  std::string dev_file;                      // CoNLL file for epoch selection (optional)
  std::string cluster_file;                  // word clusters (optional)
  std::vector<std::string> gazetteer_files;  // extra gazetteers (optional)
  int epochs = 12;
  int folds = 4;  // jackknife folds for the second pass; below 2: one pass only
  double prune = 0.01;
  bool train_gazetteer = false;  // add the training names to the gazetteer (jackknifed)
  std::uint32_t seed = 1;
};

// Builds a model: lexicon (built-in gazetteers, files, clusters), a first pass trained
// on all training documents, and a second pass trained on document hints that
// first-pass models produced for documents they did not see (jackknifing). Progress
// goes to `log`. Throws std::runtime_error on unreadable input.
Model train_model(const TrainerOptions& options, std::ostream& log);

}  // namespace news::ner
