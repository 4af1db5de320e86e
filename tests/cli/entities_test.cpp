// Persons, organisations and places end to end: what --extract reports for the seed
// article, and that entity queries find exactly the articles where the name was
// recognised as that kind of entity.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_support.hpp"

namespace news::test {
namespace {

using nlohmann::json;

bool contains(const json& list, const std::string& name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

TEST(Entities, SeedArticleHasItsPeopleOrganisationsAndPlaces) {
  const CommandResult r =
      newsindex({"--extract", (sample_corpus() / "pakistan-afghanistan-talks.txt").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json j = json::parse(r.out);
  // Exactly the three persons: "Asif" merged, no "Defense Minister", no site chrome.
  EXPECT_EQ(j["persons"], json({"Khawaja Asif", "Ataullah Tarar", "Stephane Dujarric"}));
  for (const char* place :
       {"Pakistan", "Afghanistan", "Kabul", "Istanbul", "Turkey", "Qatar", "India"}) {
    EXPECT_TRUE(contains(j["places"], place)) << place << " in " << j["places"];
  }
  for (const char* org : {"Taliban", "United Nations", "Tehrik-i-Taliban Pakistan"}) {
    EXPECT_TRUE(contains(j["orgs"], org)) << org << " in " << j["orgs"];
  }
  EXPECT_FALSE(contains(j["orgs"], "TTP")) << "the acronym resolves to its expansion";
}

class EntityQueries : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_dir = new TempDir;
    copy_tree(sample_corpus(), s_dir->path() / "corpus");
    std::filesystem::remove_all(s_dir->path() / "corpus" / "broken");
    ASSERT_EQ(newsindex({"--db", db(), *s_dir / "corpus"}).exit_code, 0);
  }
  static void TearDownTestSuite() {
    delete s_dir;
    s_dir = nullptr;
  }
  static std::string db() { return *s_dir / "index.db"; }
  static std::vector<std::string> ids(std::vector<std::string> args) {
    // Every article: which copy of a story stands for it depends on its rank.
    args.insert(args.begin(), {"--db", db(), "--format", "jsonl", "--all", "--no-collapse"});
    std::vector<std::string> found;
    std::istringstream in(newsquery(args).out);
    for (std::string line; std::getline(in, line);) {
      found.push_back(json::parse(line)["id"]);
    }
    std::sort(found.begin(), found.end());
    return found;
  }
  static TempDir* s_dir;
};

TempDir* EntityQueries::s_dir = nullptr;

TEST_F(EntityQueries, EverySpellingOfAPersonFindsTheSeed) {
  const std::vector<std::string> seed = {"corpus/pakistan-afghanistan-talks.txt"};
  EXPECT_EQ(ids({"person:\"Khawaja Asif\""}), seed);
  EXPECT_EQ(ids({"person:asif"}), seed);
  EXPECT_EQ(ids({"person:\"khawaja asif\""}), seed);
  EXPECT_EQ(ids({"--person", "Khawaja Asif"}), seed);
  const auto taliban = ids({"org:taliban"});
  EXPECT_TRUE(std::find(taliban.begin(), taliban.end(), seed[0]) != taliban.end());
  const auto kabul = ids({"place:kabul"});
  EXPECT_TRUE(std::find(kabul.begin(), kabul.end(), seed[0]) != kabul.end());
}

TEST_F(EntityQueries, PersonQueriesMatchOnlyPersons) {
  // James Baker the official, not Baker Hughes the company.
  EXPECT_EQ(ids({"person:baker"}),
            std::vector<std::string>{"corpus/world/east-anglia-coastal-flooding.txt"});
  const auto baker_org = ids({"org:\"baker hughes\""});
  EXPECT_EQ(baker_org,
            std::vector<std::string>{"corpus/business/opec-plus-november-output-oil-prices.txt"});
  // Washington the city is a place, never a person.
  EXPECT_TRUE(ids({"person:washington"}).empty());
  EXPECT_FALSE(ids({"place:washington"}).empty());
}

TEST_F(EntityQueries, AccentsAndCaseDoNotSplitAPerson) {
  const auto plain = ids({"person:\"Stephane Dujarric\""});
  EXPECT_EQ(plain, ids({"person:\"Stéphane Dujarric\""}));
  EXPECT_EQ(plain, ids({"--person", "STÉPHANE DUJARRIC"}));
  EXPECT_GE(plain.size(), 4u);  // the seed, the UN reform story, the Torkham story and its copy
}

}  // namespace
}  // namespace news::test
