#pragma once

#include <cstdint>
#include <ostream>
#include <vector>

#include "features.hpp"
#include "tags.hpp"
#include "weights.hpp"

namespace news::ner {

// One training or evaluation document: its features and gold spans.
struct Example {
  const Document* doc = nullptr;
  const FeatureMatrix* features = nullptr;
  const std::vector<Span>* gold = nullptr;
};

struct PerceptronOptions {
  int epochs = 10;
  std::uint32_t seed = 1;
  float prune = 0.0f;  // averaged weights with |w| below this are dropped
};

// Trains a structured averaged perceptron (Viterbi decoding, BILOU transitions) on
// `train`. With a non-empty `dev`, reports span F1 on it after every epoch and returns
// the weights of the best epoch; otherwise the weights after the last epoch.
Weights train_perceptron(const std::vector<Example>& train, const std::vector<Example>& dev,
                         const PerceptronOptions& options, std::ostream& log);

// Micro span F1 (exact boundaries and type) of `weights` on `docs`.
double span_f1(const Weights& weights, const std::vector<Example>& docs);

}  // namespace news::ner
