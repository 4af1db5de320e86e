#pragma once

#include <string>
#include <vector>

#include "trainer.hpp"

namespace news::ner {

// Command line of newsindex-train-ner.
struct TrainCommand {
  TrainerOptions trainer;
  std::string output;  // model file to write
  bool help = false;
  std::string help_text;
};

// Parses the command line. Throws std::invalid_argument with a usage message when it
// is invalid (missing --train or --output, bad numbers, unknown options).
TrainCommand parse_train_options(const std::vector<std::string>& args);

}  // namespace news::ner
