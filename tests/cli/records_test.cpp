// JSON, JSON Lines, CSV and TSV records end to end: the fields --extract prints for each
// format, --map, and broken records reported one line each while good ones are indexed.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_support.hpp"

namespace news::test {
namespace {

using nlohmann::json;

struct Expected {
  const char* id;
  const char* title;
  const char* date;
  const char* byline;
  const char* source;
  const char* url;
};

TEST(Records, ExtractGivesTheFieldsOfEveryFormat) {
  const CommandResult r = newsindex({"--extract", (sample_corpus() / "records").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto articles = extracted(r.out);
  const Expected cases[] = {
      {"kestrel-bay-herald.json#kbh-2022-0412",
       "Kestrel Bay harbour wall to be rebuilt after winter storms", "2022-04-12T08:30:00Z",
       "Morwenna Tregear", "Kestrel Bay Herald",
       "https://herald.kestrelbay.example/news/harbour-wall-rebuild"},
      {"kestrel-bay-herald.json#3", "Kestrel Bay library extends Saturday opening hours",
       "2022-05-03T12:00:00Z", "Dylan Roskilly; Tamsin Oates", "Kestrel Bay Herald", ""},
      {"kestrel-bay-council.jsonl#council-2022-03-15",
       "Parking charges at the seafront to rise by twenty pence", "2022-03-15T18:00:00Z",
       "Dylan Roskilly", "Kestrel Bay Herald", ""},
      {"kestrel-bay-market.csv#market-01",
       "Farmers' market returns to the quay, with twelve new stalls", "2022-05-07", "Tamsin Oates",
       "Kestrel Bay Herald", "https://herald.kestrelbay.example/market/returns"},
      {"kestrel-bay-tides.tsv#https://herald.kestrelbay.example/tides/tide-gauge",
       "New tide gauge installed at the pier head", "2022-04-18T12:00:00Z", "Jory Penhallow",
       "Kestrel Bay Herald", "https://herald.kestrelbay.example/tides/tide-gauge"},
  };
  for (const Expected& e : cases) {
    ASSERT_EQ(articles.count(e.id), 1u) << e.id << "\n" << r.out;
    const json& a = articles.at(e.id);
    EXPECT_EQ(a["title"], e.title) << e.id;
    EXPECT_EQ(a["date"], e.date) << e.id;
    EXPECT_EQ(a["date_source"], "metadata") << e.id;
    EXPECT_EQ(a["byline"], e.byline) << e.id;
    EXPECT_EQ(a["source"], e.source) << e.id;
    EXPECT_EQ(a["url"], e.url) << e.id;
    EXPECT_EQ(a["path"], (sample_corpus() / "records").string() + "/" +
                             std::string(e.id).substr(0, std::string(e.id).find('#')));
  }
  EXPECT_EQ(articles.at("kestrel-bay-market.csv#market-01")["body"],
            "The farmers' market returns to the quay at Kestrel Bay on Saturday, with twelve new "
            "stalls selling cheese, bread and cut flowers.\n\nOrganiser Bryony Trebilcock said, "
            "\"We had a waiting list for the first time.\"");
  EXPECT_EQ(articles.at("kestrel-bay-market.csv#market-01")["tags"],
            json::array({"market", "food"}));
  EXPECT_EQ(articles.at("kestrel-bay-herald.json#kbh-2022-0412")["persons"],
            json::array({"Ingrid Pellow"}));
}

TEST(Records, MapNamesTheKeysOfAnExport) {
  const std::string file = (sample_corpus() / "records" / "kestrel-bay-wire-export.json").string();
  const CommandResult r = newsindex(
      {"--extract", "--map", "title=hed", "--map", "body=copy", "--map", "date=filed_on", "--map",
       "byline=writer", "--map", "source=desk", "--map", "url=web", "--map", "id=story_ref", file});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto articles = extracted(r.out);
  ASSERT_EQ(articles.count("kestrel-bay-wire-export.json#KBW-0603"), 1u) << r.out;
  const json& a = articles.at("kestrel-bay-wire-export.json#KBW-0603");
  EXPECT_EQ(a["title"], "Kestrel Bay regatta draws record entry of ninety boats");
  EXPECT_EQ(a["date"], "2022-06-04T17:45:00Z");
  EXPECT_EQ(a["byline"], "Jory Penhallow");
  EXPECT_EQ(a["source"], "Kestrel Bay Wire");
  EXPECT_EQ(a["url"], "https://wire.kestrelbay.example/regatta-record-entry");
  EXPECT_TRUE(a["body"].get<std::string>().starts_with("The annual Kestrel Bay regatta"));
  // Without --map only the standard "summary" key is understood.
  const auto plain = extracted(newsindex({"--extract", file}).out);
  EXPECT_EQ(plain.at("kestrel-bay-wire-export.json#1")["body"],
            "The annual regatta drew ninety boats.");
}

TEST(Records, BrokenRecordsGetOneLineEachAndGoodOnesAreIndexed) {
  TempDir dir;
  copy_tree(sample_corpus() / "broken" / "records", dir.path() / "records");
  const CommandResult r = newsindex({"--db", dir / "index.db", dir / "records"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_EQ(lines_with(r.err, "council-minutes-invalid-line.jsonl: line 2: invalid JSON"), 1u)
      << r.err;
  EXPECT_EQ(lines_with(r.err, "council-minutes-invalid-line.jsonl: line 3: no title or text"), 1u)
      << r.err;
  EXPECT_EQ(lines_with(r.err, "market-notices-stray-quote.csv: line 4: stray quote"), 1u) << r.err;
  EXPECT_EQ(lines_with(r.err, "newsindex: "), 3u) << r.err;
  EXPECT_NE(r.out.find("4 new"), std::string::npos) << r.out;
  const CommandResult q = newsquery({"--db", dir / "index.db", "--count", "benches OR fees"});
  EXPECT_EQ(q.out, "2\n") << q.err;
}

TEST(Records, AFileThatIsNotJsonIsOneReadError) {
  TempDir dir;
  write_file(dir.path() / "notes.json", "Meeting notes, not JSON at all.\n");
  write_file(dir.path() / "empty.csv", "title,body\n");
  const CommandResult r = newsindex({"--extract", dir.path().string()});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(lines_with(r.err, "notes.json: not JSON"), 1u) << r.err;
  EXPECT_EQ(lines_with(r.err, "empty.csv: a header row but no records"), 1u) << r.err;
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace news::test
