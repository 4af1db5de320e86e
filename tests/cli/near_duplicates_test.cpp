// Near-duplicate copies end to end: two copies of a sample article (one with a corrected
// word and a sign-off) share a cluster in search results; deleting the first makes the
// copy its own cluster; a short notice and its update share one, another company's notice
// with the same figures does not; exact copies of a brief on the same day share one;
// --extract shows the signature.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_support.hpp"

namespace news::test {
namespace {

using nlohmann::json;

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string edited_copy(std::string text) {
  const std::size_t at = text.find("while inflation");
  text.replace(at, 15, "while prices");
  return text + "\n(Reporting by Jane Doe; Editing by John Roe)\n";
}

class NearDuplicates : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string ecb = read(sample_corpus() / "business" / "ecb-holds-interest-rates.md");
    ASSERT_FALSE(ecb.empty());
    write_file(m_dir.path() / "corpus" / "a" / "ecb.md", ecb);
    write_file(m_dir.path() / "corpus" / "b" / "ecb-copy.md", edited_copy(ecb));
    write_file(m_dir.path() / "corpus" / "c" / "oil.md",
               read(sample_corpus() / "business" / "oil-prices-red-sea-shipping.md"));
    write_file(m_dir.path() / "corpus" / "c" / "short.txt", "Short note\n\nBlah blah blah.\n");
  }

  // id -> cluster of every article.
  std::map<std::string, std::string> clusters(const std::string& request = "the") {
    const CommandResult r =
        newsquery({"--db", m_dir / "db", "--format", "jsonl", "--all", "--no-collapse", request});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::map<std::string, std::string> found;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
      const json j = json::parse(line);
      found[j["id"]] = j.value("cluster", "");
    }
    return found;
  }

  TempDir m_dir;
};

TEST_F(NearDuplicates, CopiesShareTheFirstArticlesCluster) {
  ASSERT_EQ(newsindex({"--quiet", "--db", m_dir / "db", m_dir / "corpus"}).exit_code, 0);
  auto found = clusters();
  EXPECT_EQ(found["corpus/a/ecb.md"], "corpus/a/ecb.md");
  EXPECT_EQ(found["corpus/b/ecb-copy.md"], "corpus/a/ecb.md");
  EXPECT_EQ(found["corpus/c/oil.md"], "corpus/c/oil.md");

  std::filesystem::remove(m_dir.path() / "corpus" / "a" / "ecb.md");
  ASSERT_EQ(newsindex({"--quiet", "--db", m_dir / "db", m_dir / "corpus"}).exit_code, 0);
  found = clusters();
  EXPECT_FALSE(found.contains("corpus/a/ecb.md"));
  EXPECT_EQ(found["corpus/b/ecb-copy.md"], "corpus/b/ecb-copy.md");
}

TEST_F(NearDuplicates, ShortNoticesClusterWithTheirOwnCopiesOnly) {
  const std::string notice =
      "NEW YORK, March 2 - Qtly div 11 cts vs 11 cts prior\n    Pay April 14\n"
      "    Record March 17\n Reuter\n";
  write_file(m_dir.path() / "corpus" / "d" / "acme.txt",
             "ACME CORP <ACM> SETS QUARTERLY\n\n" + notice);
  write_file(m_dir.path() / "corpus" / "e" / "acme.txt",
             "UPDATE 1-ACME CORP <ACM> SETS QUARTERLY\n\nNEW YORK, March 2 - Qtly div 11 cts "
             "vs 11 cts prior Pay April 14 Record March 17\n");
  write_file(m_dir.path() / "corpus" / "e" / "beta.txt",
             "BETA CORP <BET> SETS QUARTERLY\n\n" + notice);
  ASSERT_EQ(newsindex({"--quiet", "--db", m_dir / "db", m_dir / "corpus"}).exit_code, 0);
  auto found = clusters("qtly");
  EXPECT_EQ(found["corpus/d/acme.txt"], "corpus/d/acme.txt");
  EXPECT_EQ(found["corpus/e/acme.txt"], "corpus/d/acme.txt");
  EXPECT_EQ(found["corpus/e/beta.txt"], "corpus/e/beta.txt");
  EXPECT_EQ(found.size(), 3U);
}

// Briefs too short for a signature (a headline alone, a line of body): the same words on
// the same day are one story, also once the first copy is gone; the same brief on another
// day is another notice.
TEST_F(NearDuplicates, BriefsClusterWithExactCopiesOfTheSameDay) {
  const std::string brief = "FED SETS 1.5 BILLION DLR CUSTOMER REPURCHASE\n\n";
  const auto dated = [&](const std::string& day) {
    return "---\ndate: 1987-03-" + day + "\n---\n" + brief;
  };
  write_file(m_dir.path() / "corpus" / "d" / "fed.md", dated("02"));
  write_file(m_dir.path() / "corpus" / "e" / "fed.md", dated("02"));
  write_file(m_dir.path() / "corpus" / "e" / "fed-later.md", dated("03"));
  write_file(m_dir.path() / "corpus" / "f" / "fed.md", dated("02"));
  ASSERT_EQ(newsindex({"--quiet", "--db", m_dir / "db", m_dir / "corpus"}).exit_code, 0);
  auto found = clusters("repurchase");
  EXPECT_EQ(found["corpus/d/fed.md"], "corpus/d/fed.md");
  EXPECT_EQ(found["corpus/e/fed.md"], "corpus/d/fed.md");
  EXPECT_EQ(found["corpus/f/fed.md"], "corpus/d/fed.md");
  EXPECT_EQ(found["corpus/e/fed-later.md"], "corpus/e/fed-later.md");
  const CommandResult stories =
      newsquery({"--db", m_dir / "db", "--format", "json", "--limit", "10", "repurchase"});
  ASSERT_EQ(stories.exit_code, 0) << stories.err;
  EXPECT_EQ(json::parse(stories.out)["results"].size(), 2U);

  std::filesystem::remove(m_dir.path() / "corpus" / "d" / "fed.md");
  ASSERT_EQ(newsindex({"--quiet", "--db", m_dir / "db", m_dir / "corpus"}).exit_code, 0);
  found = clusters("repurchase");
  EXPECT_EQ(found["corpus/e/fed.md"], "corpus/e/fed.md");
  EXPECT_EQ(found["corpus/f/fed.md"], "corpus/e/fed.md");
  EXPECT_EQ(found["corpus/e/fed-later.md"], "corpus/e/fed-later.md");
}

TEST_F(NearDuplicates, ExtractShowsTheSignature) {
  const CommandResult r = newsindex({"--extract", m_dir / "corpus"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto articles = extracted(r.out);
  const std::string original = articles.at("a/ecb.md")["near_duplicate"];
  const std::string copy = articles.at("b/ecb-copy.md")["near_duplicate"];
  ASSERT_EQ(original.size(), 512U);
  ASSERT_EQ(copy.size(), 512U);
  std::size_t same = 0;
  for (std::size_t i = 0; i < 512; i += 8) {
    same += original.compare(i, 8, copy, i, 8) == 0 ? 1 : 0;
  }
  EXPECT_GE(same, 32U);
  EXPECT_TRUE(articles.at("c/short.txt")["near_duplicate"].is_null());
}

// The text format shows the three oldest copies, as JSON lists them first, and counts the
// others (it asks the search for three copies only: their headings are all it reads).
TEST_F(NearDuplicates, TextShowsTheOldestCopiesJsonListsAndCountsTheRest) {
  const std::string ecb = read(sample_corpus() / "business" / "ecb-holds-interest-rates.md");
  const std::size_t date = ecb.find("date: 2025-10-30");
  ASSERT_NE(date, std::string::npos);
  for (int day = 21; day <= 26; ++day) {
    std::string copy = ecb;
    copy.replace(date, 16, "date: 2025-10-" + std::to_string(day));
    write_file(m_dir.path() / "corpus" / "d" / ("ecb-" + std::to_string(27 - day) + ".md"), copy);
  }
  ASSERT_EQ(newsindex({"--quiet", "--db", m_dir / "db", m_dir / "corpus"}).exit_code, 0);
  const CommandResult j = newsquery({"--db", m_dir / "db", "--format", "json", "lagarde"});
  ASSERT_EQ(j.exit_code, 0) << j.err;
  const json hit = json::parse(j.out)["results"][0];
  ASSERT_EQ(hit["copy_count"], 7);
  ASSERT_EQ(hit["copies"].size(), 7U);
  const CommandResult text = newsquery({"--db", m_dir / "db", "lagarde"});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  std::string shown;
  for (std::size_t i = 0; i < 3; ++i) {
    shown += "   copy: " + hit["copies"][i]["date"].get<std::string>() + "  " +
             hit["copies"][i]["id"].get<std::string>() + "\n";
  }
  EXPECT_NE(text.out.find(shown + "   (4 more copies)\n"), std::string::npos) << text.out;
  EXPECT_EQ(hit["copies"][0]["date"], "2025-10-21");
  EXPECT_EQ(hit["copies"][0]["id"], "corpus/d/ecb-6.md");
}

}  // namespace
}  // namespace news::test
