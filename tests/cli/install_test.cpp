// An installation: man pages that name every option of --help, bash completion that offers
// the options, field prefixes and option values, and `cmake --install` putting both where
// man and bash-completion look.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "cli_support.hpp"

namespace news::test {
namespace {

constexpr const char* kBashCompletion = "/usr/share/bash-completion/bash_completion";

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The options of a program's --help ("--db", "-n"), from its option lines.
std::set<std::string> help_options(const std::string& program) {
  const CommandResult help = run({program, "--help"});
  EXPECT_EQ(help.exit_code, 0);
  static const std::regex kOption(R"((^|[ \[])(--?[a-z][a-z-]*))");
  std::set<std::string> options;
  std::istringstream lines(help.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("  -", 0) != 0) {
      continue;
    }
    const std::string names = line.substr(0, line.find("  ", 2));
    for (std::sregex_iterator it(names.begin(), names.end(), kOption), end; it != end; ++it) {
      options.insert((*it)[2]);
    }
  }
  return options;
}

// The man page's text with roff's escaped hyphens and font changes taken out.
std::string man_text(const std::string& page) {
  std::string roff = read_text(std::filesystem::path(NEWS_BUILD_DIR) / "packaging" / page);
  roff = std::regex_replace(roff, std::regex(R"(\\f[BIRP]|\\/|\\,)"), "");
  return std::regex_replace(roff, std::regex(R"(\\-)"), "-");
}

// The section names of a man page, in order.
std::vector<std::string> sections(const std::string& roff) {
  std::vector<std::string> names;
  std::istringstream lines(roff);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(".SH ", 0) == 0) {
      names.push_back(line.substr(4));
    }
  }
  return names;
}

TEST(ManPages, NameEveryOptionOfHelpAndShowExamples) {
  for (const auto& [program, page] :
       {std::pair{NEWSINDEX_BIN, "newsindex.1"}, std::pair{NEWSQUERY_BIN, "newsquery.1"}}) {
    const std::string text = man_text(page);
    const std::set<std::string> options = help_options(program);
    EXPECT_GE(options.size(), 10u) << program;
    for (const std::string& option : options) {
      EXPECT_NE(text.find(option), std::string::npos) << page << " lacks " << option;
    }
    for (const char* section : {".SH EXAMPLES", ".SH FILES", ".SH ENVIRONMENT", "Exit status"}) {
      EXPECT_NE(text.find(section), std::string::npos) << page << " lacks " << section;
    }
    EXPECT_EQ(sections(text),
              (std::vector<std::string>{"NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "ENVIRONMENT",
                                        "FILES", "EXAMPLES", "\"SEE ALSO\""}))
        << page << ": a line of the .h2m file was read as a section";
  }
}

// Candidates bash-completion gets from our function for the command line `words` (the
// program first, the word being completed last; '=' and ':' split as bash splits them).
std::vector<std::string> complete(const std::vector<std::string>& words) {
  std::string list, line;
  for (const std::string& word : words) {
    list += " '" + word + "'";
    line += (line.empty() || word == "=" || line.back() == '=' ? "" : " ") + word;
  }
  const std::string script =
      std::string("source ") + kBashCompletion +
      " && source " NEWS_SOURCE_DIR "/packaging/newsindex.bash-completion && COMP_WORDS=(" + list +
      ") && COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) && COMP_LINE='" + line +
      "' && COMP_POINT=${#COMP_LINE} && _newsindex_complete \"${COMP_WORDS[0]}\" "
      "\"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"; "
      "printf '%s\\n' \"${COMPREPLY[@]}\"";
  const CommandResult r = run({"/bin/bash", "-c", script});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> candidates;
  std::istringstream lines(r.out);
  for (std::string c; std::getline(lines, c);) {
    if (!c.empty()) {
      candidates.push_back(c);
    }
  }
  return candidates;
}

using Words = std::vector<std::string>;

class Completion : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kBashCompletion)) {
      GTEST_SKIP() << kBashCompletion << " is absent (Debian package bash-completion)";
    }
  }
};

TEST_F(Completion, IsRegisteredForBothPrograms) {
  const CommandResult r =
      run({"/bin/bash", "-c",
           "source " NEWS_SOURCE_DIR "/packaging/newsindex.bash-completion && complete -p"});
  EXPECT_NE(r.out.find("complete -F _newsindex_complete newsindex"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("complete -F _newsindex_complete newsquery"), std::string::npos) << r.out;
}

TEST_F(Completion, OffersEveryOptionOfHelp) {
  for (const char* program : {NEWSINDEX_BIN, NEWSQUERY_BIN}) {
    const std::vector<std::string> offered = complete({program, "-"});
    const std::set<std::string> options = help_options(program);
    EXPECT_EQ(std::set<std::string>(offered.begin(), offered.end()), options) << program;
  }
  EXPECT_EQ(complete({NEWSQUERY_BIN, "--so"}), Words{"--sort"});
}

TEST_F(Completion, OffersFieldPrefixesForQueryWords) {
  EXPECT_EQ(complete({NEWSQUERY_BIN, "pe"}), Words{"person:"});
  EXPECT_EQ(complete({NEWSQUERY_BIN, "Taliban", "da"}), (Words{"datesource:", "date:"}));
  const std::vector<std::string> all = complete({NEWSQUERY_BIN, ""});
  for (const char* prefix : {"title:", "person:", "org:", "place:", "source:", "lang:"}) {
    EXPECT_NE(std::find(all.begin(), all.end(), prefix), all.end()) << prefix;
  }
}

TEST_F(Completion, OffersValuesTheProgramAccepts) {
  const Words sorts = complete({NEWSQUERY_BIN, "--sort", ""});
  EXPECT_EQ(sorts, (Words{"relevance", "newest", "oldest"}));
  const Words formats = complete({NEWSQUERY_BIN, "-f", ""});
  EXPECT_EQ(formats, (Words{"text", "json", "jsonl", "csv"}));
  TempDir dir;
  for (const auto& [option, values] :
       {std::pair{"--sort", sorts}, std::pair{"--format", formats}}) {
    for (const std::string& value : values) {
      // 3: no index there; a value the program refused would be a usage error, 2
      EXPECT_EQ(newsquery({"--db", dir / "none.db", option, value, "x"}).exit_code, 3) << value;
    }
  }
  EXPECT_EQ(complete({NEWSQUERY_BIN, "--sort", "=", "n"}), Words{"newest"});
}

TEST_F(Completion, OffersTheCountingValuesTheProgramAccepts) {
  const Words periods = complete({NEWSQUERY_BIN, "--timeline", ""});
  EXPECT_EQ(periods, (Words{"day", "week", "month", "year"}));
  const Words count_by = complete({NEWSQUERY_BIN, "--count-by", ""});
  EXPECT_EQ(count_by, (Words{"article", "story"}));
  const Words facets = complete({NEWSQUERY_BIN, "--facets", ""});
  EXPECT_EQ(facets, (Words{"person", "org", "place", "source", "lang", "year"}));
  TempDir dir;
  for (const auto& [option, values] :
       {std::pair{"--timeline", periods}, std::pair{"--count-by", count_by},
        std::pair{"--facets", facets}}) {
    for (const std::string& value : values) {
      // 3: no index there; a value the program refused would be a usage error, 2
      EXPECT_EQ(newsquery({"--db", dir / "none.db", option, value, "x"}).exit_code, 3) << value;
    }
  }
}

TEST_F(Completion, OffersFacetsAsACommaSeparatedList) {
  EXPECT_EQ(complete({NEWSQUERY_BIN, "--facets", ""}),
            (Words{"person", "org", "place", "source", "lang", "year"}));
  EXPECT_EQ(complete({NEWSQUERY_BIN, "--facets", "person,"}),
            (Words{"person,org", "person,place", "person,source", "person,lang", "person,year"}));
  EXPECT_EQ(complete({NEWSQUERY_BIN, "--facets", "person,pl"}), Words{"person,place"});
  EXPECT_EQ(complete({NEWSINDEX_BIN, "--type", "p"}), (Words{"person", "place"}));
}

TEST(Install, PutsProgramsManPagesAndCompletionInTheUsualPlaces) {
  TempDir dir;
  const CommandResult r =
      run({CMAKE_COMMAND_PATH, "--install", NEWS_BUILD_DIR, "--prefix", dir.path().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* file :
       {"bin/newsindex", "bin/newsquery", "share/man/man1/newsindex.1",
        "share/man/man1/newsquery.1", "share/man/man1/newsindex-train-ner.1",
        "share/man/man1/newsindex-ner-clusters.1", "share/bash-completion/completions/newsindex",
        "share/bash-completion/completions/newsquery"}) {
    EXPECT_TRUE(std::filesystem::is_regular_file(dir.path() / file)) << file;
  }
  const CommandResult version = run({dir / "bin/newsquery", "--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out.rfind("newsquery ", 0), 0u) << version.out;
}

}  // namespace
}  // namespace news::test
