// The entity catalogue end to end: surnames linked across articles, an ambiguous surname
// left alone, country aliases, `--entities`, `--aliases` merges and splits, and the
// catalogue after articles are deleted or changed.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_support.hpp"

namespace news::test {
namespace {

using nlohmann::json;

void write_corpus(const std::filesystem::path& dir) {
  const std::pair<const char*, const char*> kStories[] = {
      {"reagan-full.txt",
       "Reagan meets Nakasone on trade\n\nWASHINGTON, March 2 - President Ronald Reagan met "
       "Japanese Prime Minister Yasuhiro Nakasone at the White House on Monday to discuss the "
       "trade dispute over semiconductors.\n"},
      {"reagan-surname.txt",
       "Veto threat over highway bill\n\nWASHINGTON, March 3 - President Reagan said on Tuesday "
       "he would veto the highway bill that Congress passed last week, a spokesman said.\n"},
      {"baker-james.txt",
       "Treasury chief sees dollar stable\n\nWASHINGTON, March 4 - Treasury Secretary James "
       "Baker said on Wednesday that the dollar had fallen far enough against the yen, and "
       "that the Federal Reserve agreed.\n"},
      {"baker-howard.txt",
       "White House staff changes\n\nWASHINGTON, March 5 - White House chief of staff Howard "
       "Baker said on Thursday that the president would name a new national security adviser "
       "soon.\n"},
      {"baker-alone.txt",
       "Talks to continue\n\nLONDON, March 6 - Baker said on Friday that the talks would "
       "continue next week in London.\n"},
      {"us-dotted.txt",
       "Exports rise\n\nTOKYO, March 7 - Japanese exports to the U.S. rose sharply in "
       "February, the ministry said.\n"},
      {"us-full.txt",
       "Imports fall\n\nTOKYO, March 8 - Imports from the United States fell in February, the "
       "ministry said.\n"},
  };
  for (const auto& [name, text] : kStories) {
    write_file(dir / name, text);
  }
}

class Catalogue : public ::testing::Test {
 protected:
  void SetUp() override {
    write_corpus(corpus());
    const CommandResult r = newsindex({"--db", db(), corpus().string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  std::filesystem::path corpus() const { return m_dir.path() / "corpus"; }
  std::string db() const { return m_dir / "index.db"; }
  std::vector<std::string> ids(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--db", db(), "--format", "jsonl", "--all"});
    std::vector<std::string> found;
    std::istringstream in(newsquery(args).out);
    for (std::string line; std::getline(in, line);) {
      // Ids are COLLECTION/relative/path; the collection is the indexed folder's name.
      const std::string id = json::parse(line)["id"];
      found.push_back(id.substr(id.find('/') + 1));
    }
    std::sort(found.begin(), found.end());
    return found;
  }
  // The --entities JSON entry for `name` (null when absent).
  json entity(const std::string& type, const std::string& name) const {
    const CommandResult r =
        newsindex({"--db", db(), "--entities", "--type", type, "--format", "json"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    const json list = json::parse(r.out);
    for (const json& e : list["entities"]) {
      if (e["name"] == name) {
        return e;
      }
    }
    return nullptr;
  }
  CommandResult apply_aliases(const std::string& text) const {
    write_file(m_dir.path() / "aliases.txt", text);
    return newsindex({"--db", db(), "--aliases", m_dir / "aliases.txt"});
  }

  TempDir m_dir;
};

using Ids = std::vector<std::string>;

void expect_refused(const CommandResult& r, int code, const std::string& message) {
  EXPECT_EQ(r.exit_code, code) << r.err;
  EXPECT_NE(r.err.find(message), std::string::npos) << r.err;
}

TEST_F(Catalogue, SurnameIsLinkedToTheFullNameOfTheArchive) {
  EXPECT_EQ(ids({"--person", "Ronald Reagan"}), (Ids{"reagan-full.txt", "reagan-surname.txt"}));
  EXPECT_EQ(ids({"person:reagan"}), (Ids{"reagan-full.txt", "reagan-surname.txt"}));
  EXPECT_EQ(ids({"person:\"ronald reagan\""}), (Ids{"reagan-full.txt", "reagan-surname.txt"}));
}

TEST_F(Catalogue, AmbiguousSurnameStaysASurname) {
  EXPECT_EQ(ids({"--person", "James Baker"}), Ids{"baker-james.txt"});
  EXPECT_EQ(ids({"--person", "Howard Baker"}), Ids{"baker-howard.txt"});
  EXPECT_EQ(ids({"person:baker"}), (Ids{"baker-alone.txt", "baker-howard.txt", "baker-james.txt"}));
}

TEST_F(Catalogue, CountryNamesAndAbbreviationsAreOnePlace) {
  EXPECT_EQ(ids({"place:\"United States\""}), (Ids{"us-dotted.txt", "us-full.txt"}));
  const json us = entity("place", "United States");
  ASSERT_FALSE(us.is_null());
  EXPECT_EQ(us["articles"], 2);
}

TEST_F(Catalogue, EntitiesListCanonicalNamesWithVariantsAndCounts) {
  const json reagan = entity("person", "Ronald Reagan");
  ASSERT_FALSE(reagan.is_null());
  EXPECT_EQ(reagan["articles"], 2);
  EXPECT_EQ(reagan["variants"], json::parse(R"([{"name":"Reagan","articles":1},
                                               {"name":"Ronald Reagan","articles":1}])"));
  EXPECT_TRUE(entity("person", "Reagan").is_null()) << "linked: not an entity of its own";
  const CommandResult text = newsindex({"--db", db(), "--entities"});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_EQ(lines_with(text.out, "person\t2\tRonald Reagan\tReagan (1), Ronald Reagan (1)"), 1u)
      << text.out;
  const CommandResult csv = newsindex({"--db", db(), "--entities", "--format", "csv"});
  EXPECT_EQ(csv.out.rfind("type,name,articles,variants\r\n", 0), 0u) << csv.out;
  EXPECT_EQ(newsindex({"--db", db(), "--entities", "--type", "movie"}).exit_code, 2);
  EXPECT_EQ(newsindex({"--db", db(), "--entities", corpus().string()}).exit_code, 2);
}

TEST_F(Catalogue, AliasFileSplitsAndMergesWithoutReadingArticles) {
  // Articles are not read again: removing them shows that only the index is used.
  std::filesystem::rename(corpus(), m_dir.path() / "elsewhere");
  CommandResult r = apply_aliases("# corrections\nRonald Reagan != Reagan\nJames Baker = Baker\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ids({"--person", "Ronald Reagan"}), Ids{"reagan-full.txt"});
  EXPECT_EQ(ids({"--person", "James Baker"}), (Ids{"baker-alone.txt", "baker-james.txt"}));
  EXPECT_EQ(ids({"person:reagan"}), (Ids{"reagan-full.txt", "reagan-surname.txt"}));
  // An empty file removes the rules: the archive's own linking comes back.
  ASSERT_EQ(apply_aliases("").exit_code, 0);
  EXPECT_EQ(ids({"--person", "Ronald Reagan"}), (Ids{"reagan-full.txt", "reagan-surname.txt"}));
  EXPECT_EQ(ids({"--person", "James Baker"}), Ids{"baker-james.txt"});
}

TEST_F(Catalogue, BadAliasFilesAreRefused) {
  expect_refused(apply_aliases("Ronald Reagan\n"), 2, "alias file line 1");
  expect_refused(newsindex({"--db", db(), "--aliases", m_dir / "missing.txt"}), 4,
                 "cannot read the alias file");
  EXPECT_EQ(ids({"--person", "Ronald Reagan"}).size(), 2u) << "nothing changed";
}

TEST_F(Catalogue, DeletedFullNameUnlinksTheSurname) {
  std::filesystem::remove(corpus() / "reagan-full.txt");
  const CommandResult r = newsindex({"--db", db(), corpus().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(ids({"--person", "Ronald Reagan"}).empty());
  EXPECT_EQ(ids({"person:reagan"}), Ids{"reagan-surname.txt"});
  EXPECT_TRUE(entity("person", "Ronald Reagan").is_null());
  EXPECT_FALSE(entity("person", "Reagan").is_null());
}

TEST_F(Catalogue, ChangedArticleChangesTheLinks) {
  write_file(corpus() / "baker-alone.txt",
             "Talks to continue\n\nLONDON, March 6 - Howard Baker said on Friday that the talks "
             "would continue next week.\n");
  write_file(corpus() / "reagan-full.txt",
             "Nakasone on trade\n\nTOKYO, March 2 - Prime Minister Yasuhiro Nakasone discussed "
             "the trade dispute over semiconductors on Monday.\n");
  const CommandResult r = newsindex({"--db", db(), corpus().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ids({"--person", "Howard Baker"}), (Ids{"baker-alone.txt", "baker-howard.txt"}));
  EXPECT_TRUE(ids({"--person", "Ronald Reagan"}).empty()) << "its full name is gone";
  const json howard = entity("person", "Howard Baker");
  ASSERT_FALSE(howard.is_null());
  EXPECT_EQ(howard["articles"], 2);
}

}  // namespace
}  // namespace news::test
