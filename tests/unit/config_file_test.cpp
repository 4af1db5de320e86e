// The config file: where it is found, which lines each program takes, what wins, bad lines.
#include "config_file.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <sstream>

#include "error.hpp"
#include "support/temp_dir.hpp"

namespace news::config {
namespace {

namespace po = boost::program_options;
using test::TempDir;

// Sets an environment variable for the test's lifetime (unset: nullptr), then restores it.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : m_name(name) {
    if (const char* old = std::getenv(name); old != nullptr) {
      m_old = old;
      m_had = true;
    }
    value != nullptr ? setenv(name, value, 1) : unsetenv(name);
  }
  ~ScopedEnv() { m_had ? setenv(m_name, m_old.c_str(), 1) : unsetenv(m_name); }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* m_name;
  std::string m_old;
  bool m_had = false;
};

struct Settings {
  std::string db, format;
  unsigned jobs = 1;
  po::options_description options;
  po::variables_map vm;

  Settings() {
    options.add_options()("db", po::value(&db), "")("format,f", po::value(&format), "")(
        "jobs,j", po::value(&jobs), "")("help,h", po::bool_switch(), "");
  }
  void command_line(std::vector<const char*> args) {
    args.insert(args.begin(), "prog");
    po::store(po::parse_command_line(int(args.size()), args.data(), options), vm);
  }
  void config(const std::string& text, std::string_view program = "newsquery") {
    std::istringstream in(text);
    store_config_text(in, "cfg", options, program, vm);
    po::notify(vm);
  }
};

std::string usage_error(Settings& s, const std::string& text) {
  try {
    s.config(text);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kUsage);
    return e.what();
  }
  ADD_FAILURE() << "no error for: " << text;
  return {};
}

TEST(ConfigFile, KeysAreLongOptionsCommentsAndBlankLinesIgnored) {
  Settings s;
  s.config("# my defaults\n\ndb = /srv/news.db   # the big one\nformat=json\n");
  EXPECT_EQ(s.db, "/srv/news.db");
  EXPECT_EQ(s.format, "json");
}

TEST(ConfigFile, TildeSlashStartsInHome) {
  ScopedEnv home("HOME", "/home/reporter");
  Settings s;
  s.config("db = ~/news.db\nformat = a~/b\n");
  EXPECT_EQ(s.db, "/home/reporter/news.db");
  EXPECT_EQ(s.format, "a~/b");
}

TEST(ConfigFile, CommandLineWins) {
  Settings s;
  s.command_line({"--db", "/cli.db"});
  s.config("db = /config.db\nformat = csv\n");
  EXPECT_EQ(s.db, "/cli.db");
  EXPECT_EQ(s.format, "csv");
}

TEST(ConfigFile, SectionsApplyToTheirProgramOnly) {
  const std::string text = "db = /both.db\n[newsindex]\njobs = 4\n[newsquery]\nformat = json\n";
  Settings query;
  query.config(text, "newsquery");
  EXPECT_EQ(query.db, "/both.db");
  EXPECT_EQ(query.format, "json");
  EXPECT_EQ(query.jobs, 1u);
  Settings index;
  index.config(text, "newsindex");
  EXPECT_EQ(index.db, "/both.db");
  EXPECT_EQ(index.format, "");
  EXPECT_EQ(index.jobs, 4u);
}

TEST(ConfigFile, BadLinesNameFileAndLine) {
  Settings s;
  EXPECT_EQ(usage_error(s, "db = /x\n\nnot a setting\n"),
            "cfg:3: the options configuration file contains an invalid line 'not a setting'");
  Settings t;
  EXPECT_EQ(usage_error(t, "[newsquery]\njobs = many\n"),
            "cfg:2: the argument ('many') for option 'jobs' is invalid");
  Settings u;
  EXPECT_EQ(usage_error(u, "colour = red\n"), "cfg:1: 'colour' is not an option of newsquery");
  Settings v;
  EXPECT_EQ(usage_error(v, "\n[newsserver]\n"), "cfg:2: unknown section [newsserver]");
  Settings w;
  EXPECT_EQ(usage_error(w, "[newsquery\n"), "cfg:1: unknown section [newsquery");
  Settings x;
  EXPECT_EQ(usage_error(x, "help = true\n"), "cfg:1: help cannot be set in the config file");
}

TEST(ConfigFile, AnotherProgramsSectionIsNotChecked) {
  Settings s;
  s.config("[newsindex]\nanything = at all\n", "newsquery");
  EXPECT_EQ(s.db, "");
}

TEST(ConfigFile, NewsindexConfigNamesTheFile) {
  TempDir dir;
  test::write_file(dir.path() / "mine.conf", "format = jsonl\n");
  ScopedEnv config("NEWSINDEX_CONFIG", (dir / "mine.conf").c_str());
  ASSERT_TRUE(config_file_path().has_value());
  EXPECT_EQ(*config_file_path(), dir.path() / "mine.conf");
  Settings s;
  store_defaults(s.options, "newsquery", s.vm);
  po::notify(s.vm);
  EXPECT_EQ(s.format, "jsonl");
}

TEST(ConfigFile, EmptyNewsindexConfigMeansNone) {
  TempDir dir;
  test::write_file(dir.path() / "newsindex" / "config", "format = csv\n");
  ScopedEnv xdg("XDG_CONFIG_HOME", dir.path().c_str());
  ScopedEnv config("NEWSINDEX_CONFIG", "");
  EXPECT_FALSE(config_file_path().has_value());
}

TEST(ConfigFile, MissingNamedFileIsAnError) {
  ScopedEnv config("NEWSINDEX_CONFIG", "/no/such/newsindex.conf");
  EXPECT_THROW(config_file_path(), Error);
}

TEST(ConfigFile, XdgConfigHomeThenHome) {
  TempDir dir;
  test::write_file(dir.path() / "xdg" / "newsindex" / "config", "");
  test::write_file(dir.path() / "home" / ".config" / "newsindex" / "config", "");
  ScopedEnv config("NEWSINDEX_CONFIG", nullptr);
  ScopedEnv home("HOME", (dir / "home").c_str());
  {
    ScopedEnv xdg("XDG_CONFIG_HOME", (dir / "xdg").c_str());
    EXPECT_EQ(*config_file_path(), dir.path() / "xdg" / "newsindex" / "config");
  }
  ScopedEnv xdg("XDG_CONFIG_HOME", nullptr);
  EXPECT_EQ(*config_file_path(), dir.path() / "home" / ".config" / "newsindex" / "config");
  ScopedEnv nohome("HOME", (dir / "nowhere").c_str());
  EXPECT_FALSE(config_file_path().has_value());
}

TEST(ConfigFile, EnvironmentDbWinsOverConfigButNotOverCommandLine) {
  TempDir dir;
  test::write_file(dir.path() / "c", "db = /config.db\n");
  ScopedEnv config("NEWSINDEX_CONFIG", (dir / "c").c_str());
  ScopedEnv db("NEWSINDEX_DB", "/env.db");
  Settings env_wins;
  store_defaults(env_wins.options, "newsquery", env_wins.vm);
  po::notify(env_wins.vm);
  EXPECT_EQ(env_wins.db, "/env.db");
  Settings cli_wins;
  cli_wins.command_line({"--db=/cli.db"});
  store_defaults(cli_wins.options, "newsquery", cli_wins.vm);
  po::notify(cli_wins.vm);
  EXPECT_EQ(cli_wins.db, "/cli.db");
}

TEST(ConfigFile, HelpIsShownWhateverTheConfigFileHolds) {
  TempDir dir;
  test::write_file(dir.path() / "c", "this is not a setting\n");
  ScopedEnv config("NEWSINDEX_CONFIG", (dir / "c").c_str());
  Settings help;
  help.command_line({"--help"});
  EXPECT_NO_THROW(store_defaults(help.options, "newsquery", help.vm));
  Settings search;
  search.command_line({"--db", "x"});
  EXPECT_THROW(store_defaults(search.options, "newsquery", search.vm), Error);
}

}  // namespace
}  // namespace news::config
