// Throughput of the named-entity recogniser on one core, in MB/s of article text,
// and the cost of loading the embedded model. Uses the BBC news corpus beside the
// repository (../shared/corpora/bbc-news) when present, else built-in sample text.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "embedded_model.hpp"
#include "recognizer.hpp"

namespace {

namespace fs = std::filesystem;

std::vector<std::string> load_articles() {
  std::vector<std::string> articles;
  fs::path root = fs::path(__FILE__).parent_path() / "../../shared/corpora/bbc-news";
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
    std::string sample =
        "Talks in Geneva stall\n"
        "Foreign Minister Anna Lindqvist said on Tuesday that talks between Sweden and "
        "Norway in Geneva had stalled, and that the European Commission would review "
        "the fishing quota. Lindqvist told Reuters the Nordic Council would meet again in "
        "Oslo next month, while shares of Statoil rose 2.5 percent on the Oslo bourse.\n";
    for (int i = 0; i < 200; ++i) {
      articles.push_back(sample);
    }
  }
  return articles;
}

void BM_Recognize(benchmark::State& state) {
  static const std::vector<std::string> articles = load_articles();
  const news::ner::Recognizer& r = news::ner::Recognizer::english();
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& a : articles) {
      benchmark::DoNotOptimize(r.recognize(a));
      bytes += a.size();
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}
BENCHMARK(BM_Recognize)->Unit(benchmark::kMillisecond);

void BM_LoadModel(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        news::ner::Recognizer::from_bytes(news::ner::embedded_english_model()));
  }
}
BENCHMARK(BM_LoadModel)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
