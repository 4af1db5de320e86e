#include "train_options.hpp"

#include <boost/program_options.hpp>
#include <sstream>
#include <stdexcept>

namespace news::ner {
namespace po = boost::program_options;

namespace {

po::options_description describe(TrainCommand& cmd) {
  TrainerOptions& t = cmd.trainer;
  po::options_description d(
      "Usage: newsindex-train-ner --train FILE... --output MODEL [options]\n"
      "Trains the named-entity recogniser on CoNLL-format files (token ... NER-tag per\n"
      "line, PER/ORG/LOC/MISC in IOB1 or IOB2). Exit codes: 0 ok, 2 usage, 4 input.\n\n"
      "Options");
  d.add_options()("help,h", "show this help")(
      "train,t", po::value(&t.train_files)->multitoken()->required(), "training CoNLL file(s)")(
      "dev,d", po::value(&t.dev_file), "development CoNLL file: picks the best epoch")(
      "output,o", po::value(&cmd.output)->required(), "model file to write")(
      "clusters,c", po::value(&t.cluster_file), "word cluster file (word<TAB>id id id)")(
      "gazetteer,g", po::value(&t.gazetteer_files)->multitoken(),
      "extra gazetteer file(s) (category<TAB>phrase)")(
      "epochs,e", po::value(&t.epochs)->default_value(t.epochs), "training epochs per pass")(
      "folds", po::value(&t.folds)->default_value(t.folds),
      "jackknife folds for the document-level second pass (0: one pass)")(
      "prune", po::value(&t.prune)->default_value(t.prune),
      "drop averaged weights smaller than this")("seed", po::value(&t.seed)->default_value(t.seed),
                                                 "shuffling seed")(
      "train-gazetteer", po::bool_switch(&t.train_gazetteer),
      "add the training names to the model's gazetteer (jackknifed for training)");
  return d;
}

}  // namespace

TrainCommand parse_train_options(const std::vector<std::string>& args) {
  TrainCommand cmd;
  po::options_description d = describe(cmd);
  std::ostringstream help;
  help << d;
  cmd.help_text = help.str();
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(d).run(), vm);
    if (vm.count("help") > 0) {
      cmd.help = true;
      return cmd;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    throw std::invalid_argument(std::string(e.what()) + "\n" + cmd.help_text);
  }
  if (cmd.trainer.epochs < 1) {
    throw std::invalid_argument("--epochs must be at least 1");
  }
  return cmd;
}

}  // namespace news::ner
