// newsquery reads requests as people type them: accents, capitals, -word, long questions,
// misspelt names, --explain, and options that are checked. Fixture articles are written
// to a temporary folder and indexed with the real newsindex.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli_support.hpp"

namespace news::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class QueryReading : public IndexedSuite<QueryReading> {
 public:
  static void fill(const fs::path& corpus) {
    const fs::path c = corpus / "1987";
    write_file(c / "un-talks.txt",
               "Pérez de Cuéllar opens Gulf talks\n\nJavier Pérez de Cuéllar, the "
               "Secretary-General, opened talks on the Gulf war in Geneva.\n");
    write_file(c / "un-envoy.txt",
               "Perez de Cuellar sends envoy\n\nPerez de Cuellar sent an envoy to Tehran on "
               "Monday.\n");
    write_file(c / "zurich-vote.txt",
               "Elections in Zürich\n\nVoters went to the polls for the elections in Zürich "
               "on Sunday.\n");
    write_file(c / "volcker-oil.txt",
               "Volcker warns on oil\n\nPaul Volcker said oil prices could rise.\n");
    write_file(c / "volcker-rates.txt",
               "Volcker holds rates\n\nPaul Volcker said the Fed would hold interest rates.\n");
    write_file(c / "nato.txt",
               "Alliance meets in Brussels\n\nJens Stoltenberg opened the meeting of defence "
               "ministers in Brussels.\n");
    write_file(c / "bees.txt",
               "Bees in decline\n\nBeekeepers report that honey bee colonies collapsed over "
               "the winter because of mites and pesticides.\n");
    write_file(c / "us.txt", "Trade figures\n\nThe U.S. trade deficit widened in March.\n");
    write_file(c / "pronoun.txt", "A walk\n\nJoin us for a walk along the river.\n");
  }

 protected:
  static std::vector<std::string> ids(std::vector<std::string> args) {
    std::vector<std::string> out;
    const json j = json_query(std::move(args));
    for (const json& r : j["results"]) {
      out.push_back(r["id"]);
    }
    std::sort(out.begin(), out.end());
    return out;
  }
};

TEST_F(QueryReading, AccentsDoNotMatter) {
  const auto plain = ids({"Perez de Cuellar"});
  EXPECT_EQ(plain,
            (std::vector<std::string>{"corpus/1987/un-envoy.txt", "corpus/1987/un-talks.txt"}));
  EXPECT_EQ(ids({"Pérez de Cuéllar"}), plain);
  EXPECT_EQ(ids({"\"Pérez de Cuéllar\""}), plain);
  EXPECT_EQ(ids({"Zurich"}), ids({"Zürich"}));
}

TEST_F(QueryReading, AllCapsRequestIsWords) {
  EXPECT_EQ(ids({"ELECTIONS IN ZURICH"}),
            (std::vector<std::string>{"corpus/1987/zurich-vote.txt"}));
  EXPECT_EQ(ids({"VOLCKER AND OIL"}), ids({"volcker oil"}));
  EXPECT_EQ(ids({"Volcker"}), ids({"volcker"}));
}

TEST_F(QueryReading, MinusWordExcludesAndWritesNoFile) {
  const fs::path cwd = fs::current_path();
  fs::current_path(s_dir->path());
  const CommandResult r = query({"volcker", "-oil"});
  const CommandResult first = query({"-oil", "volcker"});
  fs::current_path(cwd);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Volcker holds rates"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("Volcker warns on oil"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(s_dir->path() / "il"));
  EXPECT_EQ(first.out, r.out);
  EXPECT_EQ(ids(std::vector<std::string>{"volcker", "-oil"}),
            (std::vector<std::string>{"corpus/1987/volcker-rates.txt"}));
}

TEST_F(QueryReading, ATenWordQuestionFindsItsArticle) {
  const json j = json_query({"why did so many honey bee colonies collapse last winter"});
  ASSERT_FALSE(j["results"].empty());
  EXPECT_EQ(j["results"][0]["id"], "corpus/1987/bees.txt");
  EXPECT_TRUE(j["best_match"].get<bool>());
  ASSERT_FALSE(j["notes"].empty());
  const CommandResult text = query({"why did so many honey bee colonies collapse last winter"});
  EXPECT_NE(text.err.find("note: "), std::string::npos) << text.err;
}

TEST_F(QueryReading, MisspeltNameGetsASuggestion) {
  const CommandResult r = query({"Stoltenburg"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("Did you mean: Stoltenberg"), std::string::npos) << r.out;
  EXPECT_EQ(json_query({"Stoltenburg"})["suggestion"], "Stoltenberg");
  const json fixed = json_query({"--auto-correct", "Stoltenburg"});
  EXPECT_EQ(fixed["corrected_query"], "Stoltenberg");
  ASSERT_EQ(fixed["results"].size(), 1u);
  EXPECT_EQ(fixed["results"][0]["id"], "corpus/1987/nato.txt");
}

TEST_F(QueryReading, InitialismIsNotThePronoun) {
  EXPECT_EQ(ids({"U.S."}), (std::vector<std::string>{"corpus/1987/us.txt"}));
}

TEST_F(QueryReading, ExplainShowsTheReading) {
  const CommandResult r = query({"--explain", "Pérez", "ELECTIONS"});
  for (const char* part :
       {"read as: perez elections", "typed Pérez", "stem elect", "reading: ", "Xapian query: "}) {
    EXPECT_NE(r.out.find(part), std::string::npos) << part << "\n" << r.out;
  }
  EXPECT_TRUE(json_query({"--explain", "volcker"})["explanation"].is_array());
}

TEST_F(QueryReading, BadOptionsAreOneLineUsageErrors) {
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"-n", "-5", "volcker"},
                                             {"--offset", "-3", "volcker"},
                                             {"--since", "1988", "--until", "1987", "volcker"},
                                             {"title:"},
                                             {"volcker", "title:"}}) {
    const CommandResult r = query(args);
    EXPECT_EQ(r.exit_code, 2) << args[0];
    EXPECT_TRUE(r.err.starts_with("newsquery: error: ")) << r.err;
    EXPECT_EQ(r.out, "");
  }
}

TEST_F(QueryReading, SeveralIndexesLocalAndRemoteAreOneArchive) {
  const fs::path other = s_dir->path() / "other";
  write_file(other / "fed.txt", "Fed minutes\n\nPaul Volcker led the Fed meeting.\n");
  const std::string other_db = *s_dir / "other.db";
  ASSERT_EQ(newsindex({"--db", other_db, other}).exit_code, 0);
  const auto both = json_query({"--db", other_db, "volcker"});
  EXPECT_EQ(both["total"], 3);
  if (!fs::exists("/usr/bin/xapian-tcpsrv")) {
    GTEST_SKIP() << "xapian-tcpsrv (xapian-tools) is not installed";
  }
  const std::string port = std::to_string(20000 + getpid() % 20000);
  const int server = start({"/usr/bin/xapian-tcpsrv", "--one-shot", "--interface", "127.0.0.1",
                            "--port", port, other_db});
  CommandResult r;
  for (int attempt = 0; attempt < 50; ++attempt) {  // the server needs a moment to listen
    r = query({"--db", "tcp://127.0.0.1:" + port, "--count", "volcker"});
    if (r.exit_code != 3) {
      break;
    }
    usleep(100000);
  }
  wait_for(server);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "3\n");
  EXPECT_EQ(query({"--db", "tcp://127.0.0.1:notaport", "volcker"}).exit_code, 2);
}

}  // namespace
}  // namespace news::test
