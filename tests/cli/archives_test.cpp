// Archives, compressed files and web archives end to end: members read with their own
// readers, a corpus packed as zip or tar.gz indexing like the folder, damage reported.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "cli_support.hpp"

namespace news::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct Expected {
  const char* id;
  const char* title;
  const char* date;
  const char* date_source;
  const char* byline;
  const char* url;
};

TEST(Archives, ExtractReadsTheMembersOfEveryContainer) {
  const CommandResult r = newsindex({"--extract", (sample_corpus() / "archives").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto articles = extracted(r.out);
  const Expected cases[] = {
      {"kestrel-bay-ferry.zip!/ferry/new-ferry-timetable.txt",
       "Kestrel Bay ferry adds early sailing to summer timetable", "2022-02-14", "text",
       "Morwenna Tregear", ""},
      {"kestrel-bay-ferry.zip!/ferry/winter-service.md",
       "Ferry keeps its winter service despite lower passenger numbers", "2022-01-20",
       "front-matter", "Morwenna Tregear", ""},
      {"kestrel-bay-ferry.zip!/pages/lighthouse-open-day.html",
       "Lighthouse opens its doors for one day", "2022-02-26", "metadata", "Tamsin Oates",
       "https://herald.kestrelbay.example/news/lighthouse-open-day"},
      {"kestrel-bay-harbour.tar.gz!/2022/03/02/quay-lights.txt",
       "New lights for the quay after a winter of complaints", "2022-03-02", "filename", "", ""},
      {"kestrel-bay-harbour.tar.gz!/pages/harbour-webcam.html",
       "Harbour webcam back online after storm damage", "2022-03-09", "metadata", "Jory Penhallow",
       ""},
      {"kestrel-bay-harbour.tar.gz!/extra/briefs.jsonl#brief-2", "Sailing club open evening",
       "2022-03-14", "metadata", "Tamsin Oates", ""},
      {"ferry-strike-ends.txt.gz", "Ferry crews end strike after pay deal", "2022-04-06", "text",
       "Dylan Roskilly", ""},
      {"kestrel-bay-crawl.warc.gz#https://herald.kestrelbay.example/news/pasty-prize",
       "Pasty shop wins county prize", "2022-04-28", "metadata", "Dylan Roskilly",
       "https://herald.kestrelbay.example/news/pasty-prize"},
      {"kestrel-bay-crawl.warc.gz#https://herald.kestrelbay.example/news/pool-reopens",
       "Swimming pool reopens after roof repairs", "2022-05-02T09:17:00Z", "warc", "",
       "https://herald.kestrelbay.example/news/pool-reopens"},
  };
  for (const Expected& e : cases) {
    ASSERT_EQ(articles.count(e.id), 1u) << e.id << "\n" << r.out;
    const json& a = articles.at(e.id);
    EXPECT_EQ(a["title"], e.title) << e.id;
    EXPECT_EQ(a["date"], e.date) << e.id;
    EXPECT_EQ(a["date_source"], e.date_source) << e.id;
    EXPECT_EQ(a["byline"], e.byline) << e.id;
    EXPECT_EQ(a["url"], e.url) << e.id;
  }
  EXPECT_EQ(articles.at("kestrel-bay-ferry.zip!/pages/lighthouse-open-day.html")["source"],
            "Kestrel Bay Herald");
  EXPECT_EQ(
      articles.at("kestrel-bay-ferry.zip!/ferry/winter-service.md")["path"],
      (sample_corpus() / "archives").string() + "/kestrel-bay-ferry.zip!/ferry/winter-service.md");
  EXPECT_EQ(articles.size(), 10u) << "README, hidden, .jpg and the stylesheet are not articles";
}

// (title, date, persons) of every article, keyed by its path inside the corpus.
std::map<std::string, std::string> digest(const std::string& out, const std::string& prefix) {
  std::map<std::string, std::string> d;
  for (const auto& [id, a] : extracted(out)) {
    EXPECT_TRUE(id.starts_with(prefix)) << id;
    d[id.substr(prefix.size())] = a["title"].dump() + a["date"].dump() + a["persons"].dump();
  }
  return d;
}

TEST(Archives, ZipAndTarGzOfTheCorpusIndexLikeTheFolder) {
  TempDir dir;
  const fs::path corpus = dir.path() / "corpus";
  copy_tree(sample_corpus(), corpus);
  for (const char* gone : {"broken", "html", "records", "archives", "notes.docx"}) {
    fs::remove_all(corpus / gone);
  }
  const std::string c = corpus.string();
  const CommandResult packed =
      run({"/bin/sh", "-c",
           "cd '" + c + "' && tar -czf ../corpus.tar.gz . && zip -qr ../corpus.zip ."});
  ASSERT_EQ(packed.exit_code, 0) << packed.err;
  const CommandResult folder = newsindex({"--extract", c});
  const CommandResult zip = newsindex({"--extract", dir / "corpus.zip"});
  const CommandResult tgz = newsindex({"--extract", dir / "corpus.tar.gz"});
  ASSERT_EQ(folder.exit_code, 0) << folder.err;
  ASSERT_EQ(zip.exit_code, 0) << zip.err;
  ASSERT_EQ(tgz.exit_code, 0) << tgz.err;
  const auto expected = digest(folder.out, "");
  EXPECT_GE(expected.size(), 29u);
  EXPECT_EQ(digest(zip.out, "corpus.zip!/"), expected);
  EXPECT_EQ(digest(tgz.out, "corpus.tar.gz!/"), expected);
}

TEST(Archives, DamageGetsOneLineAndTheMembersBeforeItAreIndexed) {
  TempDir dir;
  copy_tree(sample_corpus() / "broken" / "archives", dir.path() / "in");
  const CommandResult r = newsindex({"--db", dir / "index.db", dir / "in"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  for (const char* file :
       {"damaged-ferry.zip", "truncated-harbour.tar.gz", "truncated-story.txt.gz"}) {
    EXPECT_EQ(lines_with(r.err, file), 1u) << file << "\n" << r.err;
  }
  EXPECT_EQ(lines_with(r.err, "truncated gzip data"), 2u) << r.err;
  EXPECT_EQ(summary_count(r.out, "new"), 5) << r.out;  // 2 zip members, 3 tar articles
  const CommandResult q = newsquery({"--db", dir / "index.db", "--count", "quay OR winter"});
  EXPECT_EQ(q.out, "2\n") << q.err;
}

TEST(Archives, MembersThatAreNotArticlesAreCountedAndReRunsChangeNothing) {
  TempDir dir;
  copy_tree(sample_corpus() / "archives", dir.path() / "in");
  const CommandResult first = newsindex({"--db", dir / "index.db", dir / "in"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(summary_count(first.out, "new"), 10) << first.out;
  EXPECT_NE(first.out.find("unsupported .jpg"), std::string::npos) << first.out;
  EXPECT_NE(first.out.find("documentation"), std::string::npos) << first.out;
  const CommandResult again = newsindex({"--db", dir / "index.db", dir / "in"});
  EXPECT_EQ(summary_count(again.out, "new"), 0) << again.out;
  EXPECT_EQ(summary_count(again.out, "unchanged"), 10) << again.out;
  fs::remove(dir.path() / "in" / "kestrel-bay-ferry.zip");
  const CommandResult removed = newsindex({"--db", dir / "index.db", dir / "in"});
  EXPECT_EQ(summary_count(removed.out, "deleted"), 3) << removed.out;
}

}  // namespace
}  // namespace news::test
