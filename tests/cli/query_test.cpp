// newsquery end to end over the indexed sample corpus: fields, filters, sorting, paging,
// formats, output files and exit statuses.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_support.hpp"

namespace news::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// One index of the sample corpus (without broken/) shared by all tests of the suite.
class Query : public IndexedSuite<Query> {
 public:
  static void fill(const fs::path& corpus) {
    copy_tree(sample_corpus(), corpus);
    fs::remove_all(corpus / "broken");
  }

 protected:
  static long count(const std::string& q) { return std::stol(query({"--count", q}).out); }
};

TEST_F(Query, JsonHasTheDocumentedShape) {
  const json j = json_query({"Taliban"});
  EXPECT_EQ(j["format_version"], 3);
  EXPECT_EQ(j["query"], "Taliban");
  EXPECT_EQ(j["collapsed"], true);
  EXPECT_EQ(j["stories"], j["results"].size());  // one result per story
  std::size_t articles = 0;
  for (const json& r : j["results"]) {
    articles += 1 + r["copy_count"].get<std::size_t>();
  }
  EXPECT_EQ(articles, j["total"]);
  EXPECT_TRUE(j["parsed_query"].is_string());
  EXPECT_GE(j["total"].get<int>(), 3);
  for (const char* key : {"rank", "score", "id", "path", "title", "date", "byline", "source",
                          "persons", "orgs", "places", "snippet", "copy_count", "copies"}) {
    EXPECT_TRUE(j["results"][0].contains(key)) << key;
  }
  EXPECT_EQ(j["results"][0]["rank"], 1);
  EXPECT_NE(j["results"][0]["snippet"].get<std::string>().find("Taliban"), std::string::npos);
}

TEST_F(Query, NoMatchExitsOneWithAnEmptyResult) {
  const CommandResult r = query({"--format", "json", "xylophonic"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(json::parse(r.out)["total"], 0);
  EXPECT_EQ(query({"--count", "xylophonic"}).out, "0\n");
}

TEST_F(Query, PersonSearchMatchesAnySpellingOnlyForPersons) {
  EXPECT_EQ(count("person:\"Khawaja Asif\""), count("person:\"khawaja asif\""));
  EXPECT_GE(count("person:\"Khawaja Asif\""), 1);
  EXPECT_EQ(count("person:\"Stephane Dujarric\""), count("person:\"Stéphane Dujarric\""));
  EXPECT_GE(count("person:dujarric"), 2);
  EXPECT_EQ(count("person:washington"), 0);
  EXPECT_GE(count("place:washington"), 1);
  const CommandResult r = query({"--person", "Khawaja Asif", "--format", "jsonl"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("pakistan-afghanistan-talks.txt"), std::string::npos);
}

TEST_F(Query, DateRangesAndFilters) {
  const long october = count("date:2025-10");
  EXPECT_GE(october, 2);
  EXPECT_EQ(count("date:2025-10-01..2025-10-31"), october);
  EXPECT_EQ(count("date:2025-10.."), count("date:2025-10..2099"));
  const json j = json_query({"--since", "2025-10-01", "--until", "2025-10-31", "--all", "date:.."});
  EXPECT_EQ(j["total"], october);
  for (const json& r : j["results"]) {
    EXPECT_TRUE(r["date"].get<std::string>().starts_with("2025-10")) << r["id"];
  }
  // A closed range is searched as date terms (one month here), an open one by day values;
  // both find the same articles.
  const json month = json_query({"--since", "2025-10-01", "--until", "2025-10-31", "the"});
  EXPECT_NE(month["parsed_query"].get<std::string>().find("XT202510"), std::string::npos)
      << month["parsed_query"];
  EXPECT_EQ(count("date:2024-11-01..2025-10-31"),
            count("date:2024-11-01..") - count("date:2025-11.."));
  EXPECT_GE(count("datesource:none"), 4);
  EXPECT_EQ(query({"date:tomorrow"}).exit_code, 2);
  EXPECT_EQ(query({"--since", "last week", "x"}).exit_code, 2);
}

TEST_F(Query, SortNewestAndOldestOrderByDateWithUndatedLast) {
  for (const char* sort : {"newest", "oldest"}) {
    const json j = json_query({"--sort", sort, "--all", "said"});
    std::string previous;
    bool seen_undated = false;
    for (const json& r : j["results"]) {
      if (r["date"].is_null()) {
        seen_undated = true;
        continue;
      }
      EXPECT_FALSE(seen_undated) << "dated after undated: " << r["id"];
      const std::string date = r["date"];
      if (!previous.empty()) {
        EXPECT_TRUE(std::string(sort) == "newest" ? date <= previous : date >= previous)
            << sort << " " << previous << " then " << date;
      }
      previous = date;
    }
  }
}

// A run's output without the time it ran (the manifest's searched_at), which differs
// between runs a second apart (the comparisons below failed on a loaded machine).
json without_time(json j) {
  j["manifest"].erase("searched_at");
  return j;
}

TEST_F(Query, PagingIsStableAndConsistent) {
  // Pages are one result per story; --all exports every article (copies included).
  const json all = without_time(json_query({"--all", "said"}));
  const json page = json_query({"--limit", "3", "--offset", "2", "--no-collapse", "said"});
  ASSERT_EQ(page["results"].size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(page["results"][i]["id"], all["results"][i + 2]["id"]);
    EXPECT_EQ(page["results"][i]["rank"], i + 3);
  }
  EXPECT_EQ(without_time(json_query({"--all", "said"})), all);  // same order every run
  EXPECT_EQ(all["results"].size(), all["total"].get<std::size_t>());
  EXPECT_EQ(all, without_time(json_query({"--all", "--no-collapse", "said"})));
  EXPECT_TRUE(json_query({"--all", "said"})["manifest"].contains("searched_at"));
  const json stories = json_query({"--limit", "1000", "said"});
  EXPECT_EQ(stories["results"].size(), stories["stories"].get<std::size_t>());
  EXPECT_LT(stories["results"].size(), all["results"].size());
}

TEST_F(Query, JsonLinesHasOneResultPerLine) {
  const CommandResult r = query({"--format", "jsonl", "--limit", "4", "said"});
  EXPECT_EQ(line_count(r.out), 4u);
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) {
    EXPECT_TRUE(json::parse(line).contains("title"));
  }
}

TEST_F(Query, CsvIsRfc4180WithAHeader) {
  const CommandResult r = query({"--format", "csv", "--limit", "5", "said"});
  EXPECT_TRUE(
      r.out.starts_with("rank,score,id,path,title,date,date_source,byline,source,url,"
                        "language,persons,orgs,places,snippet,copies\r\n"))
      << r.out.substr(0, 200);
  std::size_t rows = 0;
  bool quoted = false;
  for (char c : r.out) {
    quoted = c == '"' ? !quoted : quoted;
    rows += (!quoted && c == '\n') ? 1 : 0;
  }
  EXPECT_EQ(rows, 6u);
}

TEST_F(Query, OutputFileIsNotOverwrittenWithoutForce) {
  TempDir out;
  const std::string file = out / "results.csv";
  EXPECT_EQ(query({"--format", "csv", "-o", file, "said"}).exit_code, 0);
  EXPECT_TRUE(fs::file_size(file) > 100);
  const CommandResult again = query({"--format", "csv", "-o", file, "taliban"});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("--force"), std::string::npos) << again.err;
  EXPECT_EQ(query({"--format", "csv", "-o", file, "--force", "taliban"}).exit_code, 0);
}

TEST_F(Query, UnparsableQueryFallsBackWithANote) {
  const CommandResult r = query({"taliban AND (", "--count"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("note:"), std::string::npos) << r.err;
  EXPECT_EQ(query({"https://example.com/a\"b", "--count"}).exit_code, 1);
}

TEST_F(Query, BooleanOperatorsPhrasesAndWildcards) {
  const long oil = count("oil"), prices = count("prices");
  EXPECT_LE(count("oil prices"), std::min(oil, prices));
  EXPECT_GE(count("oil OR prices"), std::max(oil, prices));
  EXPECT_GE(count("\"oil prices\""), 2);
  EXPECT_GE(count("\"interest rates\""), 2);
  EXPECT_EQ(count("oil NOT oil"), 0);
  EXPECT_EQ(count("oil -oil"), 0);
  EXPECT_GE(count("talib*"), count("taliban"));
}

TEST_F(Query, LanguagesAreDetectedAndStemmedTheirOwnWay) {
  EXPECT_GE(count("lang:fr"), 1);
  EXPECT_GE(count("lang:de"), 1);
  EXPECT_GE(count("lang:en"), 25);
  // "perturbations" finds "perturbé" through the French stemmer, in French articles only.
  EXPECT_EQ(query({"--lang", "fr", "--count", "perturbations"}).out, "1\n");
  EXPECT_EQ(query({"--lang", "fr", "--count", "said"}).out, "0\n");
  EXPECT_EQ(query({"--lang", "french!", "x"}).exit_code, 2);
}

TEST_F(Query, TextOutputIsPlainWhenPiped) {
  const CommandResult r = query({"Taliban", "--limit", "2"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(r.out.starts_with("1. ")) << r.out;
  EXPECT_EQ(r.out.find('\033'), std::string::npos);
  EXPECT_NE(r.out.find("Results 1-2 of "), std::string::npos);
}

}  // namespace
}  // namespace news::test
