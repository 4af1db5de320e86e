// Throughput of the named-entity recogniser on one core, in MB/s of article text,
// and the cost of loading the embedded model. Uses the BBC news corpus beside the
// repository (../shared/corpora/bbc-news) when present, else built-in sample text.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench_articles.hpp"

#include "embedded_model.hpp"
#include "recognizer.hpp"

namespace {

using news::bench::load_articles;

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
