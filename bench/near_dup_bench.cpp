// Cost of the near-duplicate signature per article beside the entity recogniser, on the
// same articles: the BBC news corpus beside the repository (../shared/corpora/bbc-news)
// when present, else built-in sample text. Both run on one core.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "enrich/near_duplicate_signature.hpp"
#include "recognizer.hpp"

namespace {

namespace fs = std::filesystem;

std::vector<std::string> load_articles() {
  std::vector<std::string> articles;
  const fs::path root = fs::path(__FILE__).parent_path() / "../../shared/corpora/bbc-news";
  if (fs::is_directory(root)) {
    for (const auto& e : fs::recursive_directory_iterator(root)) {
      if (e.path().extension() == ".txt" && articles.size() < 400) {
        std::ifstream in(e.path());
        std::ostringstream s;
        s << in.rdbuf();
        articles.push_back(s.str());
      }
    }
  }
  if (articles.empty()) {
    const std::string sample =
        "Foreign Minister Anna Lindqvist said on Tuesday that talks between Sweden and "
        "Norway in Geneva had stalled, and that the European Commission would review "
        "the fishing quota. Lindqvist told Reuters the Nordic Council would meet again in "
        "Oslo next month, while shares of Statoil rose 2.5 percent on the Oslo bourse.\n";
    articles.assign(200, sample);
  }
  return articles;
}

const std::vector<std::string>& articles() {
  static const std::vector<std::string> loaded = load_articles();
  return loaded;
}

void BM_Signature(benchmark::State& state) {
  for (auto _ : state) {
    for (const std::string& a : articles()) {
      benchmark::DoNotOptimize(news::near_duplicate_signature(a));
    }
  }
  state.SetItemsProcessed(std::int64_t(state.iterations() * articles().size()));
}
BENCHMARK(BM_Signature)->Unit(benchmark::kMillisecond);

void BM_Recognize(benchmark::State& state) {
  const news::ner::Recognizer& r = news::ner::Recognizer::english();
  for (auto _ : state) {
    for (const std::string& a : articles()) {
      benchmark::DoNotOptimize(r.recognize(a));
    }
  }
  state.SetItemsProcessed(std::int64_t(state.iterations() * articles().size()));
}
BENCHMARK(BM_Recognize)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
