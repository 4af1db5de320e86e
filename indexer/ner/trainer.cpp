#include "trainer.hpp"

#include <algorithm>
#include <stdexcept>

#include "conll_reader.hpp"
#include "gazetteer.hpp"
#include "perceptron_trainer.hpp"
#include "tagger.hpp"
#include "training_gazetteer.hpp"

namespace news::ner {
namespace {

// The documents of a corpus with their per-token facts and features.
struct Corpus {
  std::vector<AnnotatedDocument> docs;
  std::vector<std::vector<TokenInfo>> info;
  std::vector<FeatureMatrix> features;
  std::vector<Example> examples;

  // Token facts of document i from lexicons[i % lexicons.size()].
  void compute_info(const std::vector<const Lexicon*>& lexicons) {
    info.clear();
    for (std::size_t i = 0; i < docs.size(); ++i) {
      info.push_back(compute_token_info(docs[i].doc, *lexicons[i % lexicons.size()]));
    }
  }

  void extract(const FeatureExtractor& fx, const std::vector<std::vector<std::uint8_t>>* hints) {
    features.clear();
    for (std::size_t i = 0; i < docs.size(); ++i) {
      features.push_back(fx.extract(docs[i].doc, info[i], hints ? &(*hints)[i] : nullptr));
    }
    examples.clear();
    for (std::size_t i = 0; i < docs.size(); ++i) {
      examples.push_back(Example{&docs[i].doc, &features[i], &docs[i].gold});
    }
  }
};

Corpus read_corpus(const std::vector<std::string>& files) {
  Corpus c;
  for (const std::string& f : files) {
    for (AnnotatedDocument& d : read_conll(f)) {
      c.docs.push_back(std::move(d));
    }
  }
  return c;
}

Lexicon build_lexicon(const TrainerOptions& options) {
  Lexicon lexicon;
  add_builtin_gazetteer(lexicon);
  for (const std::string& f : options.gazetteer_files) {
    load_gazetteer_file(lexicon, f);
  }
  if (!options.cluster_file.empty()) {
    load_cluster_file(lexicon, options.cluster_file);
  }
  return lexicon;
}

std::vector<std::uint8_t> hints_for(const Weights& w, const Corpus& c, std::size_t i) {
  return document_hints(c.docs[i].doc, tag_pass(w, c.docs[i].doc, c.features[i]));
}

// Hints for every training document from a model trained on the other folds.
std::vector<std::vector<std::uint8_t>> jackknife_hints(const Corpus& train,
                                                       const TrainerOptions& options,
                                                       std::ostream& log) {
  std::vector<std::vector<std::uint8_t>> hints(train.docs.size());
  auto folds = static_cast<std::size_t>(options.folds);
  PerceptronOptions po{options.epochs, options.seed, 0.0f};
  for (std::size_t k = 0; k < folds; ++k) {
    std::vector<Example> rest;
    for (std::size_t i = 0; i < train.docs.size(); ++i) {
      if (i % folds != k) {
        rest.push_back(train.examples[i]);
      }
    }
    log << "first pass, fold " << k + 1 << " of " << folds << "\n";
    Weights w = train_perceptron(rest, {}, po, log);
    for (std::size_t i = k; i < train.docs.size(); i += folds) {
      hints[i] = hints_for(w, train, i);
    }
  }
  return hints;
}

// Computes token facts: with a training gazetteer, each training fold sees the names of
// the other folds only, and the development set (and the model) sees all of them.
void compute_token_facts(const TrainerOptions& options, Model& model, Corpus& train, Corpus& dev) {
  if (!options.train_gazetteer) {
    train.compute_info({&model.lexicon});
    dev.compute_info({&model.lexicon});
    return;
  }
  std::size_t folds = static_cast<std::size_t>(std::max(options.folds, 2));
  std::vector<Lexicon> fold_lexicons(folds, model.lexicon);
  std::vector<const Lexicon*> pointers;
  for (std::size_t k = 0; k < folds; ++k) {
    add_training_entities(fold_lexicons[k], train.docs, folds, k);
    pointers.push_back(&fold_lexicons[k]);
  }
  train.compute_info(pointers);
  add_training_entities(model.lexicon, train.docs, 0, 0);
  dev.compute_info({&model.lexicon});
}

}  // namespace

Model train_model(const TrainerOptions& options, std::ostream& log) {
  if (options.train_files.empty()) {
    throw std::runtime_error("no training files given");
  }
  Model model;
  model.lexicon = build_lexicon(options);
  FeatureExtractor fx(model.lexicon);
  Corpus train = read_corpus(options.train_files);
  Corpus dev = options.dev_file.empty() ? Corpus{} : read_corpus({options.dev_file});
  log << "documents: " << train.docs.size() << " train, " << dev.docs.size() << " dev\n";
  compute_token_facts(options, model, train, dev);
  log << "lexicon: " << model.lexicon.clusters().size() << " clustered words, "
      << model.lexicon.phrases().size() << " gazetteer phrases\n";
  train.extract(fx, nullptr);
  dev.extract(fx, nullptr);
  PerceptronOptions po{options.epochs, options.seed, static_cast<float>(options.prune)};
  log << "first pass\n";
  model.first_pass = train_perceptron(train.examples, dev.examples, po, log);
  if (options.folds < 2) {
    return model;
  }
  std::vector<std::vector<std::uint8_t>> train_hints = jackknife_hints(train, options, log);
  std::vector<std::vector<std::uint8_t>> dev_hints;
  for (std::size_t i = 0; i < dev.docs.size(); ++i) {
    dev_hints.push_back(hints_for(model.first_pass, dev, i));
  }
  train.extract(fx, &train_hints);
  dev.extract(fx, &dev_hints);
  log << "second pass\n";
  model.second_pass = train_perceptron(train.examples, dev.examples, po, log);
  return model;
}

}  // namespace news::ner
