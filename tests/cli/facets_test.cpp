// Facets, timelines, collapsed copies and --count-by end to end: newsquery over the
// indexed sample corpus (wire/ holds a syndicated copy of the Torkham story), in every
// output format, with --plot and bad values.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_support.hpp"

namespace news::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kTorkham = "corpus/world/2025-10-29-torkham-traders-stranded.txt";
constexpr const char* kTorkhamCopy = "corpus/wire/2025-10-30-torkham-lorries-update.md";

class Facets : public IndexedSuite<Facets> {
 public:
  static void fill(const fs::path& corpus) {
    copy_tree(sample_corpus(), corpus);
    fs::remove_all(corpus / "broken");
  }
};

std::map<std::string, std::size_t> values(const json& facet) {
  std::map<std::string, std::size_t> out;
  for (const json& v : facet["values"]) {
    out[v["value"]] = v["count"];
  }
  return out;
}

std::size_t timeline_sum(const json& j) {
  std::size_t sum = j["undated"];
  for (const json& p : j["timeline"]) {
    sum += p["count"].get<std::size_t>();
  }
  return sum;
}

std::string read(const fs::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// "Who appears with Khawaja Asif?": the persons of the seed article.
TEST_F(Facets, WhoAppearsWithKhawajaAsif) {
  const json j = json_query({"--person", "Khawaja Asif", "--facets", "person"});
  EXPECT_EQ(j["total"], 1);
  const auto persons = values(j["facets"]["person"]);
  EXPECT_EQ(persons.at("Khawaja Asif"), 1u);
  EXPECT_EQ(persons.at("Ataullah Tarar"), 1u);
  EXPECT_EQ(persons.at("Stephane Dujarric"), 1u);
  EXPECT_EQ(j["count_by"], "article");
  EXPECT_EQ(j["counted"], 1);

  const CommandResult text = query({"--person", "Khawaja Asif", "--facets", "person"});
  EXPECT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("person (articles):\n"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("  Ataullah Tarar "), std::string::npos) << text.out;
}

TEST_F(Facets, CountTheWholeMatchSetNotThePage) {
  const json j = json_query({"--limit", "1", "--facets", "person,source,lang,year", "Dujarric"});
  ASSERT_GE(j["total"].get<int>(), 3);
  EXPECT_EQ(j["results"].size(), 1u);
  // Every match names Dujarric, under the display form of the catalogue.
  EXPECT_EQ(values(j["facets"]["person"]).at("Stephane Dujarric"), j["total"]);
  std::size_t languages = 0;
  for (const auto& [lang, n] : values(j["facets"]["lang"])) {
    languages += n;
  }
  EXPECT_EQ(languages, j["total"]);
  EXPECT_EQ(values(j["facets"]["source"]).at("Frontier Wire"), 1u);
  EXPECT_GE(values(j["facets"]["year"]).at("2025"), 2u);
}

TEST_F(Facets, LimitListsTheTopValuesAndCountsTheOthers) {
  const json j = json_query({"--facets", "place", "--facet-limit", "2", "Taliban"});
  EXPECT_EQ(j["facets"]["place"]["values"].size(), 2u);
  EXPECT_GT(j["facets"]["place"]["other_values"].get<int>(), 0);
  const auto& v = j["facets"]["place"]["values"];
  EXPECT_GE(v[0]["count"].get<int>(), v[1]["count"].get<int>());
}

TEST_F(Facets, TimelineAddsUpToTheTotal) {
  const json j = json_query({"--timeline", "month", "--no-collapse", "the"});
  EXPECT_EQ(j["timeline_period"], "month");
  EXPECT_EQ(timeline_sum(j), j["total"].get<std::size_t>());
  EXPECT_GT(j["undated"].get<int>(), 0);
  const json& periods = j["timeline"];
  ASSERT_GE(periods.size(), 2u);
  EXPECT_EQ(periods[0]["period"].get<std::string>().size(), 7u);  // YYYY-MM
  for (std::size_t i = 1; i < periods.size(); ++i) {
    EXPECT_LT(periods[i - 1]["period"], periods[i]["period"]);
  }
  for (const char* period : {"day", "week", "year"}) {
    const json p = json_query({"--timeline", period, "the"});
    EXPECT_EQ(timeline_sum(p), p["total"].get<std::size_t>()) << period;
  }
}

TEST_F(Facets, TimelineIsABarChartInTextAndRowsInCsv) {
  const CommandResult text = query({"--timeline", "year", "Taliban"});
  EXPECT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("timeline by year (articles):\n"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("  2025 "), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("\xE2\x96\x88"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("  undated "), std::string::npos) << text.out;

  const CommandResult csv =
      query({"--format", "csv", "--timeline", "year", "--facets", "person", "Taliban"});
  EXPECT_TRUE(csv.out.starts_with("field,value,count\r\n")) << csv.out;
  EXPECT_NE(csv.out.find("\r\ntimeline,2025,"), std::string::npos) << csv.out;
  EXPECT_NE(csv.out.find("\r\ntimeline,undated,"), std::string::npos) << csv.out;
  EXPECT_NE(csv.out.find("\r\nperson,Khawaja Asif,1\r\n"), std::string::npos) << csv.out;
}

TEST_F(Facets, CopiesCollapseIntoOneHit) {
  const json j = json_query({"torkham"});
  EXPECT_EQ(j["total"], 2);
  EXPECT_EQ(j["stories"], 1);
  EXPECT_EQ(j["collapsed"], true);
  ASSERT_EQ(j["results"].size(), 1u);
  const json& hit = j["results"][0];
  EXPECT_EQ(hit["copy_count"], 1);
  ASSERT_EQ(hit["copies"].size(), 1u);
  const std::string other = hit["id"] == kTorkham ? kTorkhamCopy : kTorkham;
  EXPECT_EQ(hit["copies"][0]["id"], other);
  EXPECT_TRUE(hit["copies"][0]["date"].is_string());
  EXPECT_TRUE(hit["copies"][0].contains("title"));
  EXPECT_TRUE(hit["copies"][0].contains("source"));
  // The copy is listed with the title, date and source it has as a result of its own.
  const json each = json_query({"--no-collapse", "torkham"});
  bool found = false;
  for (const json& r : each["results"]) {
    if (r["id"] == other) {
      found = true;
      EXPECT_EQ(hit["copies"][0]["title"], r["title"]);
      EXPECT_FALSE(r["title"].get<std::string>().empty());
      EXPECT_EQ(hit["copies"][0]["date"], r["date"]);
      EXPECT_EQ(hit["copies"][0]["source"], r["source"]);
    }
  }
  EXPECT_TRUE(found) << each.dump();

  const CommandResult text = query({"torkham"});
  EXPECT_NE(text.out.find("   copy: "), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("Results 1-1 of 1 story (2 articles)."), std::string::npos) << text.out;

  const CommandResult csv = query({"--format", "csv", "torkham"});
  EXPECT_NE(csv.out.find("," + other + "\r\n"), std::string::npos) << csv.out;
}

TEST_F(Facets, NoCollapseShowsEveryCopy) {
  const json j = json_query({"--no-collapse", "torkham"});
  EXPECT_EQ(j["collapsed"], false);
  ASSERT_EQ(j["results"].size(), 2u);
  EXPECT_EQ(j["results"][0]["copies"].size(), 0u);
  EXPECT_EQ(query({"--no-collapse", "--count", "torkham"}).out, "2\n");
  EXPECT_EQ(query({"--count", "torkham"}).out, "2\n");  // --count counts articles
}

TEST_F(Facets, CountByStoryCountsCopiesOnce) {
  const json articles = json_query({"--timeline", "day", "--facets", "source", "torkham"});
  EXPECT_EQ(articles["counted"], 2);
  EXPECT_EQ(timeline_sum(articles), 2u);
  const json stories =
      json_query({"--timeline", "day", "--facets", "source", "--count-by", "story", "torkham"});
  EXPECT_EQ(stories["count_by"], "story");
  EXPECT_EQ(stories["counted"], 1);
  EXPECT_EQ(timeline_sum(stories), 1u);
  EXPECT_EQ(stories["facets"]["source"]["values"].size(), 1u);
  const CommandResult text = query({"--timeline", "day", "--count-by", "story", "torkham"});
  EXPECT_NE(text.out.find("timeline by day (stories):"), std::string::npos) << text.out;
}

TEST_F(Facets, PlotWritesAnEscapedSvgChart) {
  TempDir out;
  const std::string svg = out / "chart.svg";
  const CommandResult r =
      query({"--plot", svg, "--person", "Stephane Dujarric", "--timeline", "month", "<UN>"});
  EXPECT_LE(r.exit_code, 1) << r.err;
  const std::string chart = read(svg);
  EXPECT_TRUE(chart.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ")) << chart;
  EXPECT_NE(chart.find("&lt;UN&gt; person:&quot;Stephane Dujarric&quot;"), std::string::npos)
      << chart;
  EXPECT_EQ(chart.find("<UN>"), std::string::npos);
  EXPECT_NE(chart.find("articles per month"), std::string::npos);
  EXPECT_TRUE(chart.ends_with("</svg>\n"));
  // Not overwritten without --force; --plot alone counts by month.
  EXPECT_EQ(query({"--plot", svg, "Taliban"}).exit_code, 2);
  EXPECT_EQ(query({"--plot", svg, "--force", "Taliban"}).exit_code, 0);
  EXPECT_NE(read(svg).find(">2025-10<"), std::string::npos);
}

// Over xapian-tcpsrv (one request per server): copies collapse as locally; the source,
// lang and year facets and the timeline count as locally (Xapian's value-count spies, which
// the server knows); the entity facets, which need our match spy there, are refused.
TEST_F(Facets, RemoteIndexesCollapseAndCountSingleValuedFacets) {
  if (!fs::exists("/usr/bin/xapian-tcpsrv")) {
    GTEST_SKIP() << "xapian-tcpsrv (xapian-tools) is not installed";
  }
  const auto remote = [](int offset, std::vector<std::string> args) {
    const std::string port = std::to_string(20000 + (getpid() + offset) % 20000);
    const int server = start(
        {"/usr/bin/xapian-tcpsrv", "--one-shot", "--interface", "127.0.0.1", "--port", port, db()});
    args.insert(args.begin(), {"--db", "tcp://127.0.0.1:" + port});
    CommandResult r;
    for (int attempt = 0; attempt < 50; ++attempt) {  // the server needs a moment to listen
      r = newsquery(args);
      if (r.exit_code != 3) {
        break;
      }
      usleep(100000);
    }
    wait_for(server);
    return r;
  };
  const CommandResult collapsed = remote(1, {"--format", "json", "torkham"});
  ASSERT_EQ(collapsed.exit_code, 0) << collapsed.err;
  const json j = json::parse(collapsed.out);
  EXPECT_EQ(j["total"], 2);
  ASSERT_EQ(j["results"].size(), 1u);
  EXPECT_EQ(j["results"][0]["copy_count"], 1);
  const std::vector<std::string> counts = {"--format",         "json",       "--facets",
                                           "source,lang,year", "--timeline", "month",
                                           "--no-collapse",    "the"};
  const CommandResult counted = remote(2, counts);
  ASSERT_EQ(counted.exit_code, 0) << counted.err;
  const json there = json::parse(counted.out), here = json::parse(query(counts).out);
  for (const char* key : {"total", "counted", "facets", "timeline", "undated"}) {
    EXPECT_EQ(there[key], here[key]) << key;
  }
  EXPECT_GT(here["facets"]["year"]["values"].size(), 1u);
  const CommandResult facets = remote(3, {"--facets", "source,person", "torkham"});
  EXPECT_EQ(facets.exit_code, 2);
  EXPECT_NE(facets.err.find("remote index"), std::string::npos) << facets.err;
}

// JSON Lines: with facets or a timeline, the first line is the JSON document's header
// (format_version, totals, facets, timeline, manifest); then one result per line.
TEST_F(Facets, JsonLinesStartWithTheCountsWhenAsked) {
  const CommandResult r =
      query({"--format", "jsonl", "--facets", "person", "--timeline", "year", "Taliban"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  ASSERT_TRUE(std::getline(lines, line));
  const json head = json::parse(line);
  EXPECT_EQ(head["format_version"], 3);
  EXPECT_FALSE(head.contains("rank"));
  EXPECT_FALSE(head["facets"]["person"]["values"].empty());
  EXPECT_EQ(timeline_sum(head), head["counted"].get<std::size_t>());
  EXPECT_TRUE(head.contains("manifest"));
  std::size_t results = 0;
  for (; std::getline(lines, line); ++results) {
    EXPECT_TRUE(json::parse(line).contains("rank")) << line;
  }
  EXPECT_EQ(results, std::min<std::size_t>(10, head["stories"].get<std::size_t>()));
  // Without counts, every line is a result, as before.
  const CommandResult plain = query({"--format", "jsonl", "Taliban"});
  EXPECT_EQ(line_count(plain.out), results);
  EXPECT_TRUE(json::parse(plain.out.substr(0, plain.out.find('\n'))).contains("rank"));
}

TEST_F(Facets, BadValuesAreUsageErrors) {
  const std::vector<std::vector<std::string>> bad = {
      {"--facets", "persons", "x"},  {"--facets", "person,person", "x"},
      {"--facets", "person,", "x"},  {"--facet-limit", "0", "x"},
      {"--facet-limit", "ten", "x"}, {"--timeline", "hour", "x"},
      {"--count-by", "copies", "x"}};
  for (const auto& args : bad) {
    const CommandResult r = query(args);
    EXPECT_EQ(r.exit_code, 2) << args[0] << " " << args[1];
    EXPECT_NE(r.err.find("error: "), std::string::npos) << r.err;
  }
}

}  // namespace
}  // namespace news::test
