// Linking mentions to canonical names (indexer/catalogue/linker): surnames, ambiguity
// decided by the article's other entities or left alone, organisations, country aliases
// from ICU and iso-codes, and the alias file's merges and splits.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "catalogue/aliases.hpp"
#include "catalogue/country_aliases.hpp"
#include "catalogue/linker.hpp"
#include "error.hpp"

namespace news::catalogue {
namespace {

// Profiles written out by hand, as the index would give them.
class TableEvidence : public Evidence {
 public:
  std::map<std::string, Profile> profiles;
  const Profile& profile(const std::string& name) override { return profiles[name]; }
  double share(const std::string&) override { return 0.01; }
  std::map<std::pair<std::string, std::string>, std::size_t> pairs;
  std::size_t together(const std::string& a, const std::string& b) override {
    return pairs[{a, b}];
  }
};

const std::map<std::string, std::string> kDisplay = {{"ronald reagan", "Ronald Reagan"},
                                                     {"james baker", "James Baker"},
                                                     {"howard baker", "Howard Baker"},
                                                     {"reagan", "Reagan"},
                                                     {"baker", "Baker"}};

TEST(Linker, SurnameLinksToTheOnlyFullNameOfTheArchive) {
  const AliasRules none;
  const Linker linker("person", {{"ronald reagan", 20}, {"reagan", 300}, {"shultz", 3}}, none,
                      kDisplay);
  TableEvidence evidence;
  EXPECT_EQ(linker.candidates("reagan"), std::vector<std::string>{"ronald reagan"});
  EXPECT_EQ(linker.link("reagan", {}, &evidence), "Ronald Reagan");
  EXPECT_EQ(linker.link("ronald reagan", {}, &evidence), "Ronald Reagan");
  EXPECT_EQ(linker.link("shultz", {}, &evidence), "shultz") << "no full name: stays";
  EXPECT_FALSE(linker.may_link("ronald"));  // a first name is not a surname
}

class BakerLinking : public ::testing::Test {
 protected:
  BakerLinking() : m_linker("person", kNames, m_none, kDisplay) {
    Profile& james = m_evidence.profiles["james baker"];
    james.articles = 20;
    james.features = {{"O:treasury", 15}, {"P:paul volcker", 8}, {"L:washington", 12}};
    Profile& howard = m_evidence.profiles["howard baker"];
    howard.articles = 12;
    howard.features = {{"O:white house", 10}, {"P:ronald reagan", 9}, {"L:washington", 7}};
  }
  inline static const std::map<std::string, std::size_t> kNames = {
      {"james baker", 20}, {"howard baker", 12}, {"baker", 40}};
  AliasRules m_none;
  TableEvidence m_evidence;
  Linker m_linker;
};

TEST_F(BakerLinking, AmbiguousSurnameWithoutContextStaysASurname) {
  EXPECT_EQ(m_linker.candidates("baker").size(), 2u);
  EXPECT_EQ(m_linker.link("baker", {}, &m_evidence), "Baker");
  EXPECT_EQ(m_linker.link("baker", {"L:washington", "L:tokyo"}, &m_evidence), "Baker")
      << "a feature both share does not decide";
}

TEST_F(BakerLinking, TheArticlesOtherEntitiesDecide) {
  EXPECT_EQ(m_linker.link("baker", {"O:treasury", "P:paul volcker"}, &m_evidence), "James Baker");
  EXPECT_EQ(m_linker.link("baker", {"O:white house", "P:ronald reagan"}, &m_evidence),
            "Howard Baker");
}

TEST_F(BakerLinking, ACompanyStartingWithTheSurnameKeepsItASurname) {
  const Linker single("person", {{"james baker", 20}, {"baker", 40}}, m_none, kDisplay);
  EXPECT_EQ(single.link("baker", {}, &m_evidence), "James Baker");
  EXPECT_EQ(single.link("baker", {"O:baker hughes"}, &m_evidence), "Baker");
  EXPECT_EQ(single.link("baker", {"O:bakerloo"}, &m_evidence), "James Baker");
  m_evidence.pairs[{"O:baker hughes", "P:baker"}] = 30;  // the bare name does not count
  EXPECT_EQ(single.link("baker", {"O:baker hughes"}, &m_evidence), "Baker");
  m_evidence.pairs[{"O:baker administration", "P:james baker"}] = 5;
  EXPECT_EQ(single.link("baker", {"O:baker administration"}, &m_evidence), "James Baker")
      << "its articles name the person";
}

TEST(Linker, RareRivalsAndMiddleInitialsGiveWay) {
  const AliasRules none;
  const Linker linker("person",
                      {{"ronald reagan", 40},
                       {"nancy reagan", 1},
                       {"reagan", 300},
                       {"ivan f. boesky", 3},
                       {"ivan boesky", 5}},
                      none, kDisplay);
  TableEvidence evidence;
  EXPECT_EQ(linker.candidates("reagan"), std::vector<std::string>{"ronald reagan"});
  EXPECT_EQ(linker.link("reagan", {}, &evidence), "Ronald Reagan");
  EXPECT_EQ(linker.link("reagan", {"P:nancy reagan"}, &evidence), "nancy reagan")
      << "the article's own full name comes first";
  EXPECT_EQ(linker.link("ivan f. boesky", {}, &evidence), "ivan boesky");
  EXPECT_EQ(linker.possible_targets("reagan"),
            (std::vector<std::string>{"nancy reagan", "ronald reagan"}))
      << "listing variants looks at every name a mention could have been linked to";
  EXPECT_EQ(linker.possible_targets("ivan f. boesky"), std::vector<std::string>{"ivan boesky"});
}

TEST(Linker, OrganisationLinksToTheArticlesLongerName) {
  const AliasRules none;
  const Linker linker("org", {{"chrysler corp", 30}, {"chrysler", 10}, {"merrill lynch", 9}}, none,
                      {});
  TableEvidence evidence;
  EXPECT_EQ(linker.link("chrysler", {"O:chrysler", "O:chrysler corp"}, &evidence), "chrysler corp");
  EXPECT_EQ(linker.link("chrysler", {"O:chrysler"}, &evidence), "chrysler")
      << "not from other articles";
  EXPECT_EQ(linker.link("merrill lynch", {"O:merrill lynch", "O:merrill lynch capital"}, &evidence),
            "merrill lynch")
      << "\"Capital\" names another company";
}

TEST(Linker, AFirstNameAloneIsNotASurname) {
  const AliasRules none;
  const Linker linker("person",
                      {{"john paul", 3}, {"paul volcker", 50}, {"paul", 20}, {"paul keating", 9}},
                      none, kDisplay);
  EXPECT_TRUE(linker.candidates("paul").empty());
}

TEST(Linker, CountryNamesAndCodesLinkToOneCountry) {
  const AliasRules none;
  const Linker linker("place", {{"u.s.", 10}, {"usa", 2}, {"united states", 4}}, none, {});
  TableEvidence evidence;
  for (const char* alias : {"u.s.", "us", "usa", "united states", "united states of america"}) {
    EXPECT_EQ(linker.link(alias, {}, &evidence), "United States") << alias;
  }
  for (const char* alias : {"uk", "u.k.", "britain", "great britain", "gbr"}) {
    EXPECT_EQ(linker.link(alias, {}, &evidence), "United Kingdom") << alias;
  }
  EXPECT_EQ(linker.link("ca", {}, &evidence), "ca") << "CA is also California";
  EXPECT_EQ(linker.link("kabul", {}, &evidence), "kabul");
}

TEST(CountryAliases, ComeFromIcuAndIsoCodes) {
  const auto& aliases = country_aliases();
  EXPECT_GT(aliases.size(), 700u) << "ICU names, codes and iso-codes names for ~250 regions";
  EXPECT_EQ(aliases.at("deu"), "Germany");
  EXPECT_EQ(aliases.at("federal republic of germany"), "Germany");  // iso-codes official
  EXPECT_EQ(aliases.at("korea, republic of"), "South Korea");
}

TEST(Aliases, MergeAndSplitLines) {
  const AliasRules rules = parse_aliases(
      "# corrections\n\nRonald Reagan = Reagan = President Reagan\n  Baker Hughes != Baker \n");
  ASSERT_NE(rules.merged_into("president reagan"), nullptr);
  EXPECT_EQ(*rules.merged_into("reagan"), "Ronald Reagan");
  EXPECT_EQ(rules.merged_into("ronald reagan"), nullptr);
  EXPECT_TRUE(rules.split("baker", "baker hughes"));
  EXPECT_TRUE(rules.split("baker hughes", "baker"));
  EXPECT_FALSE(rules.split("baker", "james baker"));
}

TEST(Aliases, MalformedLinesAreRefusedWithTheirNumber) {
  for (const char* text : {"Reagan\n", "a = \n", "x\n= b\n", "a != b != c\n", "A = B\nC = B\n"}) {
    try {
      parse_aliases(text);
      FAIL() << text;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ExitCode::kUsage);
      EXPECT_NE(std::string(e.what()).find("alias file line"), std::string::npos) << e.what();
    }
  }
}

TEST(Linker, AliasMergeAndSplitOverrideTheArchive) {
  const AliasRules rules =
      parse_aliases("Ronald Reagan = President Reagan\nJames Baker != Baker\n");
  const Linker linker("person", {{"james baker", 20}, {"baker", 40}, {"president reagan", 2}},
                      rules, kDisplay);
  TableEvidence evidence;
  EXPECT_EQ(linker.link("president reagan", {}, &evidence), "Ronald Reagan");
  EXPECT_EQ(linker.link("baker", {}, &evidence), "Baker");
  EXPECT_NE(linker.fingerprint("baker"),
            Linker("person", {{"james baker", 20}, {"baker", 40}}, AliasRules{}, kDisplay)
                .fingerprint("baker"));
}

}  // namespace
}  // namespace news::catalogue
