// Facet counting over a whole match set, two ways: the counting spy reading value slots
// (what newsquery does) and a spy reading each match's term list for its canonical entity
// terms (the alternative). Baseline: the same search looking at every match, no spy.
//
//   FACET_BENCH_DB=DIR FACET_BENCH_WORD=said build/bench/facet_bench
//
// DIR is an index folder (bench/facets.sh --work keeps one); WORD an indexed word.
#include <benchmark/benchmark.h>
#include <xapian.h>

#include <cstdlib>
#include <iostream>
#include <unordered_map>

#include "counting_spy.hpp"
#include "database.hpp"
#include "entity_terms.hpp"
#include "fields.hpp"

namespace news {
namespace {

const char* env_or(const char* name, const char* fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : fallback;
}

// Counts canonical entities from each match's term list (canonical terms, or the exact
// names of a field without links: entity_terms.hpp).
class TermListSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double) override {
    for (const std::string_view field : schema::kEntityFields) {
      for (const std::string& name : schema::canonical_names(doc, field)) {
        ++m_counts[std::string(field) + ":" + name];
      }
    }
  }

 private:
  std::unordered_map<std::string, std::size_t> m_counts;
};

struct Fixture {
  Xapian::Database db = schema::open_for_search(env_or("FACET_BENCH_DB", "facets.db"));
  Xapian::Query query{std::string(env_or("FACET_BENCH_WORD", "said"))};
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

Xapian::doccount run(Xapian::MatchSpy* spy) {
  Fixture& f = fixture();
  Xapian::Enquire enquire(f.db);
  enquire.set_query(f.query);
  enquire.set_collapse_key(schema::slot::kCluster);
  if (spy != nullptr) {
    enquire.add_matchspy(spy);
  }
  return enquire.get_mset(0, 10, f.db.get_doccount()).get_uncollapsed_matches_estimated();
}

// The default search: the first page of 10, totals exact up to 100 matches, before (no
// collapsing, no spy) and now (collapsing on the cluster, the spy counting articles and
// stories of the matches looked at).
Xapian::doccount first_page(bool collapse) {
  Fixture& f = fixture();
  Xapian::Enquire enquire(f.db);
  enquire.set_query(f.query);
  CountingSpy spy({}, false, CountBy::kArticle);
  if (collapse) {
    enquire.set_collapse_key(schema::slot::kCluster);
    enquire.add_matchspy(&spy);
  }
  return enquire.get_mset(0, 10, 100).get_uncollapsed_matches_estimated();
}

void BM_FirstPagePlain(benchmark::State& state) {
  for (auto _ : state) {
    state.counters["matches"] = double(first_page(false));
  }
}

void BM_FirstPageCollapsedWithSpy(benchmark::State& state) {
  for (auto _ : state) {
    state.counters["matches"] = double(first_page(true));
  }
}

void BM_EveryMatchNoSpy(benchmark::State& state) {
  for (auto _ : state) {
    state.counters["matches"] = double(run(nullptr));
  }
}

void BM_ValueSlotSpySixFacetsAndDays(benchmark::State& state) {
  const std::vector<FacetField> all = {FacetField::kPerson,   FacetField::kOrg,
                                       FacetField::kPlace,    FacetField::kSource,
                                       FacetField::kLanguage, FacetField::kYear};
  for (auto _ : state) {
    CountingSpy spy(all, true, CountBy::kArticle);
    state.counters["matches"] = double(run(&spy));
  }
}

void BM_ValueSlotSpyEntities(benchmark::State& state) {
  for (auto _ : state) {
    CountingSpy spy({FacetField::kPerson, FacetField::kOrg, FacetField::kPlace}, false,
                    CountBy::kArticle);
    state.counters["matches"] = double(run(&spy));
  }
}

void BM_TermListSpyEntities(benchmark::State& state) {
  for (auto _ : state) {
    TermListSpy spy;
    state.counters["matches"] = double(run(&spy));
  }
}

BENCHMARK(BM_FirstPagePlain)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FirstPageCollapsedWithSpy)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EveryMatchNoSpy)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ValueSlotSpySixFacetsAndDays)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ValueSlotSpyEntities)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TermListSpyEntities)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace news

BENCHMARK_MAIN();
