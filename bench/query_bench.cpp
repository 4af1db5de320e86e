// Query latency of newsquery's searcher against two peers on the same articles: an index
// built by Xapian's omindex (plain Xapian, same library) and SQLite FTS5.
//
//   query_bench NEWSINDEX_DB OMINDEX_DB FTS5_DB QUERIES_TSV [benchmark flags]
//
// Each benchmark runs one category of the query mix (queries.tsv: category<TAB>query) and
// fetches the top 10 results with their stored data and a snippet, as a results page does;
// every query opens the database, as one newsquery or Omega run would.
#include <benchmark/benchmark.h>
#include <sqlite3.h>
#include <xapian.h>

#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "search_engine.hpp"

namespace {

using QueryMix = std::map<std::string, std::vector<std::string>>;

QueryMix read_queries(const std::string& path) {
  QueryMix mix;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    const std::size_t tab = line.find('\t');
    if (line.empty() || line[0] == '#' || tab == std::string::npos) {
      continue;
    }
    mix[line.substr(0, tab)].push_back(line.substr(tab + 1));
  }
  return mix;
}

void run_newsindex(benchmark::State& state, std::string db, std::vector<std::string> queries) {
  for (auto _ : state) {
    for (const std::string& q : queries) {
      news::SearchEngine engine({db});
      news::SearchRequest request;
      request.query = q;
      benchmark::DoNotOptimize(engine.search(request));
    }
  }
  state.counters["queries/s"] =
      benchmark::Counter(double(queries.size()), benchmark::Counter::kIsIterationInvariantRate);
}

void run_omindex(benchmark::State& state, std::string db, std::vector<std::string> queries) {
  const Xapian::Stem stemmer("english");
  for (auto _ : state) {
    for (const std::string& q : queries) {
      Xapian::Database database(db);
      Xapian::QueryParser parser;
      parser.set_database(database);
      parser.set_stemmer(stemmer);
      parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
      parser.set_default_op(Xapian::Query::OP_AND);
      Xapian::Enquire enquire(database);
      enquire.set_query(parser.parse_query(q));
      const Xapian::MSet mset = enquire.get_mset(0, 10);
      for (auto it = mset.begin(); it != mset.end(); ++it) {
        // Omega's results pages show a snippet of the stored sample text too.
        const std::string data = it.get_document().get_data();
        benchmark::DoNotOptimize(mset.snippet(data, 240, stemmer));
      }
    }
  }
  state.counters["queries/s"] =
      benchmark::Counter(double(queries.size()), benchmark::Counter::kIsIterationInvariantRate);
}

void run_fts5(benchmark::State& state, std::string db, std::vector<std::string> queries) {
  sqlite3* handle = nullptr;
  sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(handle,
                     "SELECT path, title, snippet(articles, 2, '[', ']', '...', 20) FROM articles "
                     "WHERE articles MATCH ?1 ORDER BY rank LIMIT 10",
                     -1, &stmt, nullptr);
  for (auto _ : state) {
    for (const std::string& q : queries) {
      sqlite3_bind_text(stmt, 1, q.c_str(), -1, SQLITE_TRANSIENT);
      while (sqlite3_step(stmt) == SQLITE_ROW) {
        benchmark::DoNotOptimize(sqlite3_column_text(stmt, 2));
      }
      sqlite3_reset(stmt);
    }
  }
  sqlite3_finalize(stmt);
  sqlite3_close(handle);
  state.counters["queries/s"] =
      benchmark::Counter(double(queries.size()), benchmark::Counter::kIsIterationInvariantRate);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (argc != 5) {
    std::cerr << "usage: query_bench NEWSINDEX_DB OMINDEX_DB FTS5_DB QUERIES_TSV\n";
    return 2;
  }
  for (const auto& [category, queries] : read_queries(argv[4])) {
    benchmark::RegisterBenchmark(("newsindex/" + category).c_str(), run_newsindex, argv[1],
                                 queries);
    benchmark::RegisterBenchmark(("omindex/" + category).c_str(), run_omindex, argv[2], queries);
    benchmark::RegisterBenchmark(("fts5/" + category).c_str(), run_fts5, argv[3], queries);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
