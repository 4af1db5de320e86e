// Cost of the near-duplicate signature and of comparing a candidate's text per article
// beside the entity recogniser, on the same articles: the BBC news corpus beside the
// repository (../shared/corpora/bbc-news) when present, else built-in sample text. All run
// on one core.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench_articles.hpp"

#include "enrich/near_duplicate_signature.hpp"
#include "enrich/story_text.hpp"
#include "recognizer.hpp"

namespace {

using news::bench::load_articles;

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

// One candidate compared on its text, as clustering does for each candidate whose signature
// estimate reaches schema::kCandidateSimilarity: the candidate's story text, then the
// comparison (the new article's story text is made once per article, not per candidate).
void BM_StoryComparison(benchmark::State& state) {
  const news::StoryText first = news::story_text("", articles().front());
  for (auto _ : state) {
    for (const std::string& a : articles()) {
      benchmark::DoNotOptimize(news::story_similarity(first, news::story_text("", a)));
    }
  }
  state.SetItemsProcessed(std::int64_t(state.iterations() * articles().size()));
}
BENCHMARK(BM_StoryComparison)->Unit(benchmark::kMillisecond);

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
