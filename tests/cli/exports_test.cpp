// Reproducible exports and batch search end to end over the indexed sample corpus:
// --manifest (and its re-run), --export-dir (no overwrite, hostile ids kept inside the
// folder), --batch (CSV with labels, a bad line, every format).
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

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> jsonl_ids(const std::string& out) {
  std::vector<std::string> ids;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    ids.push_back(json::parse(line)["id"]);
  }
  return ids;
}

// The sample corpus (without broken/) plus a records file whose ids try to leave any
// folder they are written to.
class Exports : public IndexedSuite<Exports> {
 public:
  static void fill(const fs::path& corpus) {
    copy_tree(sample_corpus(), corpus);
    fs::remove_all(corpus / "broken");
    std::string hostile;
    for (const std::string& id :
         std::vector<std::string>{"../../../../escaped", "/tmp/absolute", "manifest", "..",
                                  std::string(600, 'L'), "a/../../b"}) {
      hostile += json({{"id", id},
                       {"title", "Hostile zanzibarite " + id.substr(0, 20)},
                       {"body", "A zanzibarite record whose id is hostile."}})
                     .dump() +
                 "\n";
    }
    write_file(corpus / "records" / "hostile.jsonl", hostile);
  }
};

TEST_F(Exports, ManifestNamesTheIndexAndItsRerunGivesTheSameIds) {
  const std::string file = s_dir->path() / "m.json";
  const CommandResult r = query({"--manifest", file, "--sort", "newest", "-n", "5", "--since",
                                 "2020", "--format", "jsonl", "harbour OR ferry"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json m = json::parse(slurp(file));
  EXPECT_EQ(m["request"]["query"], "harbour OR ferry");
  EXPECT_EQ(m["request"]["since"], "2020");
  EXPECT_EQ(m["request"]["sort"], "newest");
  EXPECT_EQ(m["request"]["limit"], 5);
  EXPECT_TRUE(m["total_is_exact"].get<bool>());
  EXPECT_GT(m["total"].get<int>(), 5);
  EXPECT_EQ(m["indexes"].size(), 1u);
  EXPECT_EQ(m["indexes"][0]["location"], db());
  // One UUID per shard of the index, joined by ':'.
  EXPECT_EQ((m["indexes"][0]["uuid"].get<std::string>().size() + 1) % 37, 0u);
  EXPECT_TRUE(m["indexes"][0]["revision"].is_number_unsigned());
  EXPECT_TRUE(m["searched_at"].get<std::string>().ends_with("Z"));
  EXPECT_TRUE(m["program"].get<std::string>().starts_with("newsquery "));
  std::vector<std::string> rerun = m["rerun"];
  rerun[0] = NEWSQUERY_BIN;
  rerun.insert(rerun.begin() + 1, {"--format", "jsonl", "--manifest", s_dir->path() / "m2.json"});
  const CommandResult again = run(rerun);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(jsonl_ids(again.out), jsonl_ids(r.out));
  EXPECT_EQ(jsonl_ids(r.out).size(), 5u);
  const json m2 = json::parse(slurp(s_dir->path() / "m2.json"));
  EXPECT_EQ(m2["indexes"], m["indexes"]);
  EXPECT_EQ(m2["rerun"], m["rerun"]);
}

TEST_F(Exports, JsonOutputCarriesTheManifestAndTheFileIsNotOverwritten) {
  const json j = json_query({"--person", "Khawaja Asif", "Taliban"});
  EXPECT_EQ(j["format_version"], 3);
  EXPECT_EQ(j["manifest"]["request"]["persons"], json::array({"Khawaja Asif"}));
  EXPECT_EQ(j["manifest"]["reading"]["parsed_query"], j["parsed_query"]);
  EXPECT_EQ(j["manifest"]["total"], j["total"]);
  const std::string file = s_dir->path() / "kept.json";
  write_file(file, "mine");
  const CommandResult r = query({"--manifest", file, "Taliban"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--force"), std::string::npos) << r.err;
  EXPECT_EQ(slurp(file), "mine");
  EXPECT_EQ(query({"--manifest", file, "--force", "Taliban"}).exit_code, 0);
  EXPECT_EQ(json::parse(slurp(file))["request"]["query"], "Taliban");
}

TEST_F(Exports, ExportDirWritesEveryMatchAndRefusesToOverwrite) {
  const fs::path dir = s_dir->path() / "export";
  const CommandResult r = query({"--export-dir", dir, "--all", "--format", "jsonl", "harbour"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> ids = jsonl_ids(r.out);
  ASSERT_GT(ids.size(), 3u);
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()),
            long(2 * ids.size() + 1));
  const json manifest = json::parse(slurp(dir / "manifest.json"));
  EXPECT_EQ(manifest["files"], ids.size());
  EXPECT_EQ(manifest["total"], ids.size());
  EXPECT_TRUE(manifest["request"]["all"].get<bool>());
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".json" && entry.path().filename() != "manifest.json") {
      const json meta = json::parse(slurp(entry.path()));
      const std::string text = slurp(dir / meta["text_file"].get<std::string>());
      EXPECT_TRUE(text.starts_with(meta["title"].get<std::string>() + "\n\n")) << entry.path();
    }
  }
  const CommandResult again = query({"--export-dir", dir, "--all", "harbour"});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("not overwritten"), std::string::npos) << again.err;
  EXPECT_EQ(query({"--export-dir", dir, "--all", "--force", "harbour"}).exit_code, 0);
  EXPECT_EQ(query({"--export-dir", dir, "--count", "harbour"}).exit_code, 2);
}

TEST_F(Exports, HostileIdsStayInsideTheExportFolder) {
  const fs::path dir = s_dir->path() / "deep" / "hostile";
  fs::create_directories(dir);
  // A link where the manifest goes, to a file that does not exist yet: replaced, not
  // followed (with --force; without it the export stops there).
  fs::create_symlink(s_dir->path() / "outside.txt", dir / "manifest.json");
  const CommandResult r =
      query({"--export-dir", dir, "--all", "--force", "--format", "jsonl", "zanzibarite"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(jsonl_ids(r.out).size(), 6u);
  std::size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    EXPECT_EQ(entry.path().parent_path(), dir) << entry.path();
    EXPECT_LE(entry.path().filename().string().size(), 210u);
    files += entry.is_regular_file() ? 1 : 0;
  }
  EXPECT_EQ(files, 2 * 6 + 1u);
  EXPECT_FALSE(fs::exists(s_dir->path() / "deep" / "escaped.txt"));
  EXPECT_FALSE(fs::exists(s_dir->path() / "escaped.txt"));
  EXPECT_FALSE(fs::exists("/tmp/absolute.txt"));
  EXPECT_FALSE(fs::exists(s_dir->path() / "outside.txt"));
  EXPECT_EQ(json::parse(slurp(dir / "manifest.json"))["files"], 6);
}

TEST_F(Exports, BatchCsvCarriesLabelsAndABadLineDoesNotStopTheRun) {
  const fs::path batch = s_dir->path() / "names.csv";
  write_file(batch,
             "label,query,note\n"
             "asif,\"person:\"\"Khawaja Asif\"\"\",first\n"
             "bad,date:tomorrow,second\n"
             "none,xylophonic,third\n"
             "broken\"row,x,y\n"
             "harbour,harbour,\"with, comma\"\n");
  const CommandResult r = query({"--batch", batch, "--format", "jsonl", "-n", "2"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_NE(r.err.find(batch.string() + ":3: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(batch.string() + ":5: "), std::string::npos) << r.err;
  EXPECT_EQ(line_count(r.err), 2u) << r.err;
  std::vector<json> rows;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    rows.push_back(json::parse(line));
  }
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0]["columns"], json({{"label", "asif"}, {"note", "first"}}));
  EXPECT_GE(rows[0]["total"].get<int>(), 1);
  EXPECT_LE(rows[0]["top_ids"].size(), 2u);
  EXPECT_TRUE(rows[1]["total"].is_null());
  EXPECT_TRUE(rows[1]["error"].is_string());
  EXPECT_EQ(rows[2]["total"], 0);
  EXPECT_TRUE(rows[2]["first_date"].is_null());
  EXPECT_EQ(rows[3]["line"], 5);
  EXPECT_EQ(rows[4]["columns"]["note"], "with, comma");
  const json whole = json_query({"--all", "harbour"});
  EXPECT_EQ(rows[4]["total"], whole["total"]);
  std::string first = "9999", last;
  for (const json& result : whole["results"]) {
    if (result["date"].is_string()) {
      first = std::min(first, result["date"].get<std::string>().substr(0, 10));
      last = std::max(last, result["date"].get<std::string>().substr(0, 10));
    }
  }
  EXPECT_EQ(rows[4]["first_date"], first);
  EXPECT_EQ(rows[4]["last_date"], last);
}

TEST_F(Exports, BatchLinesTakeTheFiltersInEveryFormat) {
  const fs::path batch = s_dir->path() / "words.txt";
  write_file(batch, "# one request per line\nharbour\n\nferry\n");
  const CommandResult csv = query({"--batch", batch, "--format", "csv", "--since", "2024"});
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_TRUE(csv.out.starts_with("line,query,total,first_date,last_date,top_ids,error\r\n"));
  EXPECT_EQ(line_count(csv.out), 3u);
  const long since = std::stol(query({"--count", "--since", "2024", "harbour"}).out);
  EXPECT_NE(csv.out.find("\r\n2,harbour," + std::to_string(since) + ",2024"), std::string::npos)
      << csv.out;
  const CommandResult text = query({"--batch", batch});
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_NE(text.out.find("2. harbour: "), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("4. ferry: "), std::string::npos) << text.out;
  const json j = json_query({"--batch", batch});
  EXPECT_EQ(j["format_version"], 3);
  EXPECT_EQ(j["requests"].size(), 2u);
  EXPECT_LT(text.peak_rss_kb, 40000) << "a small batch file costs little memory";
  EXPECT_EQ(query({"--batch", batch, "harbour"}).exit_code, 2);
  EXPECT_EQ(query({"--batch", s_dir->path() / "none.txt"}).exit_code, 2);
}

}  // namespace
}  // namespace news::test
