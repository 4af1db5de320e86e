// Latency of single queries in a warm process, newsindex's search library against SQLite
// FTS5 on the same articles and the same mix: what a long-running search service answers.
//
//   query_latency NEWSINDEX_DB FTS5_DB MIX_TSV ROUNDS [COPIES]
//
// MIX_TSV: category<TAB>words<TAB>person<TAB>since<TAB>until[<TAB>facets] (empty columns:
// not used; facets as newsquery --facets takes them, e.g. "person,year").
// FTS5 gets the words as its MATCH expression, a person as a phrase added to it, and the
// dates as a range on its `day` column (bench/fts5_load.py). Both fetch the top 10 with a
// snippet; with facets, FTS5 also counts the whole match set by year (GROUP BY on `day`:
// it has no entities to count), newsindex counts the facets asked. One warm-up round is
// not timed; then every query is timed ROUNDS times. Prints one line per timing:
// engine<TAB>category<TAB>wall ms<TAB>CPU ms. On a loaded machine the wall time is mostly
// waiting for a core; the CPU time (of this thread) is what the query costs with a core to
// itself. COPIES: copies listed per result (SearchRequest::copies_listed; default the
// library's, 100, as JSON lists them; the web page and the text format list 3).
#include <sqlite3.h>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "search_engine.hpp"

namespace {

struct MixQuery {
  std::string category, words, person, since, until, facets;
};

std::vector<MixQuery> read_mix(const std::string& path) {
  std::vector<MixQuery> mix;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') {
      continue;
    }
    std::vector<std::string> cols;
    for (std::size_t start = 0;;) {
      const std::size_t tab = line.find('\t', start);
      cols.push_back(line.substr(start, tab - start));
      if (tab == std::string::npos) {
        break;
      }
      start = tab + 1;
    }
    cols.resize(6);
    mix.push_back({cols[0], cols[1], cols[2], cols[3], cols[4], cols[5]});
  }
  return mix;
}

struct Clocks {
  double wall_ms = 0, cpu_ms = 0;
};

Clocks now() {
  timespec cpu{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
  const auto wall = std::chrono::steady_clock::now().time_since_epoch();
  return {std::chrono::duration<double, std::milli>(wall).count(),
          double(cpu.tv_sec) * 1e3 + double(cpu.tv_nsec) / 1e6};
}

Clocks since(const Clocks& start) {
  const Clocks end = now();
  return {end.wall_ms - start.wall_ms, end.cpu_ms - start.cpu_ms};
}

class Fts5 {
 public:
  explicit Fts5(const std::string& path) {
    if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      throw std::runtime_error("cannot open " + path);
    }
    const char* sql =
        "SELECT path, title, snippet(articles, 2, '[', ']', '...', 20) FROM articles "
        "WHERE articles MATCH ?1 AND day BETWEEN ?2 AND ?3 ORDER BY rank LIMIT 10";
    const char* years =
        "SELECT substr(day, 1, 4) AS year, count(*) FROM articles WHERE articles MATCH ?1 "
        "AND day BETWEEN ?2 AND ?3 GROUP BY year ORDER BY 2 DESC LIMIT 10";
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(m_db, years, -1, &m_years, nullptr) != SQLITE_OK) {
      throw std::runtime_error(std::string("fts5: ") + sqlite3_errmsg(m_db));
    }
  }
  ~Fts5() {
    sqlite3_finalize(m_years);
    sqlite3_finalize(m_stmt);
    sqlite3_close(m_db);
  }
  Fts5(const Fts5&) = delete;
  Fts5& operator=(const Fts5&) = delete;

  std::size_t run(const MixQuery& q) {
    std::size_t rows = step(m_stmt, q, 2);  // the snippet
    if (!q.facets.empty()) {
      rows += step(m_years, q, 1);
    }
    return rows;
  }

 private:
  static std::size_t step(sqlite3_stmt* stmt, const MixQuery& q, int column) {
    std::string match = q.words;
    if (!q.person.empty()) {
      match += (match.empty() ? "\"" : " \"") + q.person + "\"";
    }
    const std::string since = q.since.empty() ? "0000-00-00" : q.since;
    const std::string until = q.until.empty() ? "9999-99-99" : q.until;
    sqlite3_bind_text(stmt, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(stmt, 2, since.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(stmt, 3, until.c_str(), -1, SQLITE_TRANSIENT);
    std::size_t rows = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      rows += sqlite3_column_text(stmt, column) != nullptr ? 1 : 0;
    }
    sqlite3_reset(stmt);
    return rows;
  }

  sqlite3* m_db = nullptr;
  sqlite3_stmt* m_stmt = nullptr;
  sqlite3_stmt* m_years = nullptr;
};

std::size_t run_newsindex(news::SearchEngine& engine, const MixQuery& q, std::size_t copies) {
  news::SearchRequest request;
  request.copies_listed = copies;
  request.query = q.words;
  if (!q.person.empty()) {
    request.persons.push_back(q.person);
  }
  request.since = q.since;
  request.until = q.until;
  for (std::size_t start = 0; start < q.facets.size();) {
    const std::size_t comma = std::min(q.facets.find(',', start), q.facets.size());
    const auto field = news::facet_field_from_name(q.facets.substr(start, comma - start));
    if (!field) {
      throw std::runtime_error("unknown facet in " + q.facets);
    }
    request.facets.push_back(*field);
    start = comma + 1;
  }
  return engine.search(request).results.size();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5 && argc != 6) {
    std::cerr << "usage: query_latency NEWSINDEX_DB FTS5_DB MIX_TSV ROUNDS [COPIES]\n";
    return 2;
  }
  try {
    const std::vector<MixQuery> mix = read_mix(argv[3]);
    const int rounds = std::stoi(argv[4]);
    const std::size_t copies =
        argc == 6 ? std::stoul(argv[5]) : news::SearchRequest{}.copies_listed;
    news::SearchEngine engine({argv[1]});
    Fts5 fts5(argv[2]);
    for (int round = 0; round <= rounds; ++round) {
      for (const MixQuery& q : mix) {
        Clocks start = now();
        run_newsindex(engine, q, copies);
        const Clocks newsindex = since(start);
        start = now();
        fts5.run(q);
        const Clocks sqlite = since(start);
        if (round > 0) {  // round 0 warms the caches
          std::cout << "newsindex\t" << q.category << '\t' << newsindex.wall_ms << '\t'
                    << newsindex.cpu_ms << '\n'
                    << "fts5\t" << q.category << '\t' << sqlite.wall_ms << '\t' << sqlite.cpu_ms
                    << '\n';
        }
      }
    }
  } catch (const std::exception& e) {
    std::cerr << "query_latency: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
