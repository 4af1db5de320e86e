// The search library: a request in, a response out, over real indexes written with the
// document codec (no command line involved).
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <thread>

#include "database.hpp"
#include "document_codec.hpp"
#include "error.hpp"
#include "search_engine.hpp"
#include "spelling_data.hpp"
#include "support/temp_dir.hpp"

namespace news {
namespace {

using test::TempDir;

Article article(const std::string& id, const std::string& title, const std::string& body,
                std::vector<std::string> persons = {}) {
  Article a;
  a.id = a.path = a.source_file = id;
  a.title = title;
  a.body = body;
  a.language = "en";
  a.persons = std::move(persons);
  a.date = make_timestamp(1987, 3, 10, 12, 0, 0, 0);
  return a;
}

std::vector<Article> archive_articles() {
  return {
      article("perez.txt", "Talks at the United Nations",
              "Javier Pérez de Cuéllar met envoys in New York.", {"Javier Pérez de Cuéllar"}),
      article("perez-plain.txt", "Secretary-General travels",
              "Perez de Cuellar flew to Geneva on Monday.", {"Perez de Cuellar"}),
      article("zurich.txt", "Elections in Zürich", "Voters in Zürich elected a new council."),
      article("volcker-oil.txt", "Volcker on oil", "Paul Volcker spoke about oil prices."),
      article("volcker-rates.txt", "Volcker and rates", "Volcker raised interest rates again."),
      article("us.txt", "Trade with the U.S.", "The U.S. trade deficit widened, officials said."),
      article("pronoun.txt", "Come with us", "Let us walk to the harbour together."),
      article("cpp.txt", "Programming news", "A new C++ compiler and AT&T phones were shown."),
      article("nato.txt", "NATO meets", "Jens Stoltenberg opened the meeting of ministers.",
              {"Jens Stoltenberg"}),
      article("whale.txt", "Why do whales sing at night",
              "Marine biologists studying humpback whales recorded their songs for a season."),
  };
}

void write_index(const std::string& dir, const std::vector<Article>& articles) {
  Xapian::WritableDatabase db = schema::open_for_writing(dir);
  schema::DocumentCodec codec;
  for (const Article& a : articles) {
    const Xapian::Document doc = codec.encode(a, FileStamp{});
    db.replace_document(schema::DocumentCodec::id_term(a.id), doc);
    schema::add_spelling_data(db, doc);
  }
  db.commit();
}

std::vector<std::string> ids(const SearchResponse& response) {
  std::vector<std::string> out;
  for (const SearchResult& r : response.results) {
    out.push_back(r.article.id);
  }
  std::sort(out.begin(), out.end());
  return out;
}

SearchResponse search(const std::string& db, const std::string& query) {
  SearchEngine engine({db});
  SearchRequest r;
  r.query = query;
  return engine.search(r);
}

// Regression: "Results 1-3 of about 200 stories (about 109 articles)" for a person on
// Reuters (264 articles, 237 stories).
TEST(ReconcileEstimates, NeverMoreStoriesThanArticles) {
  SearchHeader h;
  h.total = 109, h.total_is_exact = false, h.stories = 200, h.stories_is_exact = false;
  reconcile_estimates(h);
  EXPECT_EQ(h.total, 200U);
  EXPECT_EQ(h.stories, 200U);
  h.total = 150, h.total_is_exact = true, h.stories = 200, h.stories_is_exact = false;
  reconcile_estimates(h);
  EXPECT_EQ(h.total, 150U);
  EXPECT_EQ(h.stories, 150U);
  h.total = 100, h.total_is_exact = false, h.stories = 120, h.stories_is_exact = true;
  reconcile_estimates(h);
  EXPECT_EQ(h.total, 120U);
  EXPECT_FALSE(h.total_is_exact);
  h.total = 300, h.total_is_exact = false, h.stories = 200, h.stories_is_exact = false;
  reconcile_estimates(h);
  EXPECT_EQ(h.total, 300U);
  EXPECT_EQ(h.stories, 200U);
}

TEST(SearchEngineOpen, NoIndexIsADatabaseErrorAndNoLocationAUsageError) {
  TempDir dir;
  try {
    SearchEngine engine({dir / "none.db"});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDatabase);
  }
  try {
    SearchEngine engine({"tcp://localhost:notaport"});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kUsage);
  }
}

class Library : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_dir = new TempDir;
    write_index(*s_dir / "a.db", archive_articles());
  }
  static void TearDownTestSuite() { delete s_dir; }
  static SearchResponse find(const std::string& query) { return search(*s_dir / "a.db", query); }
  static TempDir* s_dir;
};
TempDir* Library::s_dir = nullptr;

TEST_F(Library, AccentsFoldBothWaysAndPhrasesStillMatch) {
  const auto plain = ids(find("Perez de Cuellar"));
  EXPECT_EQ(plain, (std::vector<std::string>{"perez-plain.txt", "perez.txt"}));
  EXPECT_EQ(ids(find("Pérez de Cuéllar")), plain);
  EXPECT_EQ(ids(find("\"Pérez de Cuéllar\"")), plain);
  EXPECT_EQ(ids(find("\"perez de cuellar\"")), plain);
  EXPECT_EQ(ids(find("Zurich")), ids(find("Zürich")));
  EXPECT_EQ(ids(find("ELECTIONS IN ZURICH")), (std::vector<std::string>{"zurich.txt"}));
}

TEST_F(Library, CapitalisedAndLowerCaseWordsFindTheSame) {
  EXPECT_EQ(ids(find("Volcker")), ids(find("volcker")));
  EXPECT_EQ(ids(find("VOLCKER")), ids(find("volcker")));
  EXPECT_EQ(find("volcker").results.size(), 2u);
}

TEST_F(Library, MinusWordExcludes) {
  EXPECT_EQ(ids(find("volcker -oil")), (std::vector<std::string>{"volcker-rates.txt"}));
  EXPECT_EQ(ids(find("-oil volcker")), (std::vector<std::string>{"volcker-rates.txt"}));
  const SearchResponse without = find("-oil");
  EXPECT_EQ(without.header.total, archive_articles().size() - 1);
  for (const SearchResult& r : without.results) {
    EXPECT_NE(r.article.id, "volcker-oil.txt");
  }
}

TEST_F(Library, InitialismsAndProgrammingNames) {
  EXPECT_EQ(ids(find("U.S.")), (std::vector<std::string>{"us.txt"}));
  EXPECT_EQ(ids(find("U.S. trade")), (std::vector<std::string>{"us.txt"}));
  EXPECT_EQ(ids(find("C++")), (std::vector<std::string>{"cpp.txt"}));
  EXPECT_EQ(ids(find("AT&T")), (std::vector<std::string>{"cpp.txt"}));
  EXPECT_TRUE(find("C").results.empty());
}

TEST_F(Library, ShortRequestsNeedEveryWordLongOnesRankByBestMatch) {
  TempDir dir;
  std::vector<Article> many;
  for (int i = 0; i < 8; ++i) {
    many.push_back(article("m" + std::to_string(i), "Markets",
                           i < 6 ? "Oil prices fell." : "Oil was shipped."));
  }
  write_index(dir / "m.db", many);
  const SearchResponse both = search(dir / "m.db", "oil prices");
  EXPECT_FALSE(both.header.best_match);
  EXPECT_EQ(both.results.size(), 6u);
  EXPECT_TRUE(both.header.notes.empty());
  const SearchResponse question =
      find("why do humpback whales sing their songs at night in the sea");
  EXPECT_TRUE(question.header.best_match);
  ASSERT_FALSE(question.results.empty());
  EXPECT_EQ(question.results.front().article.id, "whale.txt");
  ASSERT_FALSE(question.header.notes.empty());
  EXPECT_NE(question.header.notes.front().find("best match"), std::string::npos);
}

TEST_F(Library, TooFewAllWordMatchesRelaxWithANote) {
  const SearchResponse r = find("volcker harbour");
  EXPECT_TRUE(r.header.best_match);
  EXPECT_EQ(r.results.size(), 3u);
  ASSERT_EQ(r.header.notes.size(), 1u);
  EXPECT_EQ(r.header.notes.front(), "no article holds every word: ranked by best match");
}

TEST_F(Library, TypedOperatorsAreNotRelaxed) {
  const SearchResponse r = find("volcker AND harbour");
  EXPECT_FALSE(r.header.best_match);
  EXPECT_TRUE(r.results.empty());
}

TEST_F(Library, SpellingSuggestionsAndAutoCorrect) {
  const SearchResponse r = find("Stoltenburg");
  EXPECT_TRUE(r.results.empty());
  EXPECT_EQ(r.header.suggestion, "Stoltenberg");
  SearchEngine engine({*s_dir / "a.db"});
  SearchRequest request;
  request.query = "Stoltenburg";
  request.auto_correct = true;
  const SearchResponse fixed = engine.search(request);
  EXPECT_EQ(ids(fixed), (std::vector<std::string>{"nato.txt"}));
  EXPECT_EQ(fixed.header.corrected_query, "Stoltenberg");
  EXPECT_EQ(fixed.header.query, "Stoltenburg");
  EXPECT_TRUE(find("volcker").header.suggestion.empty());
}

TEST_F(Library, ExplainSaysHowTheRequestWasRead) {
  SearchEngine engine({*s_dir / "a.db"});
  SearchRequest request;
  request.query = "Pérez ELECTIONS";
  request.explain = true;
  request.since = "1987";
  const std::vector<std::string> lines = engine.search(request).header.explanation;
  std::string all;
  for (const std::string& line : lines) {
    all += line + "\n";
  }
  EXPECT_NE(all.find("read as: perez elections"), std::string::npos) << all;
  EXPECT_NE(all.find("elections (stem elect"), std::string::npos) << all;
  EXPECT_NE(all.find("typed Pérez"), std::string::npos) << all;
  EXPECT_NE(all.find("range: days 1987"), std::string::npos) << all;
  EXPECT_NE(all.find("reading: "), std::string::npos) << all;
  EXPECT_NE(all.find("Xapian query: Query("), std::string::npos) << all;
  EXPECT_TRUE(find("volcker").header.explanation.empty());
}

TEST_F(Library, PagingFiltersAndValidation) {
  SearchEngine engine({*s_dir / "a.db"});
  SearchRequest request;
  request.query = "volcker";
  request.limit = 1;
  request.offset = 1;
  const SearchResponse page = engine.search(request);
  EXPECT_EQ(page.header.total, 2u);
  ASSERT_EQ(page.results.size(), 1u);
  EXPECT_EQ(page.results.front().rank, 2u);
  request.offset = 0;
  request.until = "1986";
  EXPECT_TRUE(engine.search(request).results.empty());
  request.since = "1988";
  request.until = "1987";
  EXPECT_THROW(engine.search(request), Error);
  request = SearchRequest{};
  request.persons = {"Jens Stoltenberg"};
  EXPECT_EQ(ids(engine.search(request)), (std::vector<std::string>{"nato.txt"}));
}

TEST(SearchEngineArchive, SeveralIndexesAndStubDatabasesAreOneArchive) {
  TempDir dir;
  const std::vector<Article> all = archive_articles();
  write_index(dir / "one.db", {all.begin(), all.begin() + 5});
  write_index(dir / "two.db", {all.begin() + 5, all.end()});
  SearchEngine engine({dir / "one.db", dir / "two.db"});
  SearchRequest request;
  request.query = "volcker OR stoltenberg";
  EXPECT_EQ(engine.search(request).header.total, 3u);
  std::ofstream(dir / "stub.db") << "auto one.db\nauto two.db\n";
  EXPECT_EQ(search(dir / "stub.db", "volcker OR stoltenberg").header.total, 3u);
}

TEST(SearchEngineArchive, ALongRunningEngineSeesWhatTheWriterCommits) {
  TempDir dir;
  const std::vector<Article> all = archive_articles();
  write_index(dir / "a.db", {all.begin(), all.begin() + 3});
  SearchEngine engine({dir / "a.db"});
  SearchRequest request;
  request.query = "volcker";
  EXPECT_EQ(engine.search(request).header.total, 0u);
  // Many commits overwrite the revision the engine's database was opened at.
  for (std::size_t i = 3; i < all.size(); ++i) {
    write_index(dir / "a.db", {all[i]});
  }
  EXPECT_EQ(engine.search(request).header.total, 2u);
  std::vector<std::thread> threads;
  std::atomic<int> right = 0;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int k = 0; k < 20; ++k) {
        right += engine.search(request).header.total == 2 ? 1 : 0;
      }
    });
  }
  for (std::thread& t : threads) {
    t.join();
  }
  EXPECT_EQ(right, 80);
}

}  // namespace
}  // namespace news
