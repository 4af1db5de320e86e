// Archive members read by all the workers: the index, the messages and the summary are
// those of one worker reading the archive alone, whatever --jobs is.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "cli_support.hpp"

namespace news::test {
namespace {

namespace fs = std::filesystem;

// Every article of the index (the dated ones oldest first, then the undated), each copy of
// a story listed, as JSON lines.
std::string all_articles(const std::string& db) {
  std::string out;
  for (const std::vector<std::string>& request :
       {std::vector<std::string>{"--since", "1000"}, std::vector<std::string>{"datesource:none"}}) {
    std::vector<std::string> args = {"--db",   db,       "--all",    "--no-collapse",
                                     "--sort", "oldest", "--format", "jsonl"};
    args.insert(args.end(), request.begin(), request.end());
    const CommandResult r = newsquery(args);
    EXPECT_TRUE(r.exit_code == 0 || (r.exit_code == 1 && r.out.empty())) << r.err;  // 1: none
    out += r.out;
  }
  return out;
}

// The sample corpus (articles, records, broken files, nested archives) and 400 generated
// stories, packed as one tar.gz and one zip.
void pack_corpus(const TempDir& dir) {
  const fs::path corpus = dir.path() / "corpus";
  copy_tree(sample_corpus(), corpus);
  shell("cd '" + corpus.string() + "' && mkdir gen && for i in $(seq 400); do " +
        "printf 'Harbour report %s\\n\\nFALMOUTH, March %s (Reuters) - Jory Penhallow said the " +
        "ferry number %s would sail at dawn from Falmouth to the Isles of Scilly.\\n' " +
        "$i $((i % 28 + 1)) $i > gen/story$i.txt; done");
  shell("cd '" + corpus.string() +
        "' && tar -czf ../in/corpus.tar.gz . && zip -qr ../in/corpus.zip .");
}

TEST(ArchiveMembers, OneJobOrFourGiveTheSameIndexAndMessages) {
  TempDir dir;
  fs::create_directories(dir.path() / "in");
  pack_corpus(dir);
  const std::vector<std::string> common = {"--max-article-bytes", "4096"};
  std::vector<std::string> one = {"--db", dir / "one.db", "--jobs", "1", dir / "in"};
  std::vector<std::string> four = {"--db", dir / "four.db", "--jobs", "4", dir / "in"};
  one.insert(one.end(), common.begin(), common.end());
  four.insert(four.end(), common.begin(), common.end());
  const CommandResult a = newsindex(one);
  const CommandResult b = newsindex(four);
  ASSERT_EQ(a.exit_code, b.exit_code) << a.err << b.err;
  EXPECT_GE(summary_count(a.out, "new"), 2 * 420) << a.out;
  EXPECT_EQ(a.err, b.err);  // warnings and failures, in the same order
  EXPECT_GE(lines_with(a.err, "only the first 4 KB indexed"), 2u) << a.err;
  const std::string articles = all_articles(dir / "one.db");
  EXPECT_EQ(articles, all_articles(dir / "four.db"));
  EXPECT_NE(articles.find("corpus.zip!/gen/story400.txt"), std::string::npos);
  EXPECT_NE(articles.find("corpus.tar.gz!/gen/story17.txt"), std::string::npos);
}

// 200 HTML responses (10 of them a URI already read), one PDF response, and a last record
// cut short: as crawl.warc and as crawl.warc.gz.
void write_crawl(const std::string& in) {
  shell("mkdir -p '" + in + "' && cd '" + in + "' && for i in $(seq 201); do " +
        "if [ $i = 201 ]; then t=application/pdf; else t=text/html; fi; " +
        "printf 'HTTP/1.1 200 OK\r\nContent-Type: %s\r\n\r\n<html><head><title>Pasty " +
        "prize %s</title></head><body><h1>Pasty prize %s</h1><p>FALMOUTH - Jory Penhallow " +
        "said the shop in Falmouth won the county prize for the %sth time.</p></body></html>' " +
        "$t $i $i $i > body; " +
        "printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/p%s" +
        "\r\nWARC-Date: 2022-04-%02dT10:00:00Z\r\nContent-Type: application/http; " +
        "msgtype=response\r\nContent-Length: %s\r\n\r\n' $((i % 190)) $((i % 28 + 1)) " +
        "$(wc -c < body); cat body; printf '\r\n\r\n'; done > crawl.warc && " +
        "printf 'WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 900\r\n\r\ncut' " +
        ">> crawl.warc && rm body && gzip -c crawl.warc > crawl2.warc.gz");
}

TEST(ArchiveMembers, WebArchivePagesReadByFourJobsAsByOne) {
  TempDir dir;
  write_crawl(dir / "in");
  const CommandResult a = newsindex({"--db", dir / "one.db", "--jobs", "1", dir / "in"});
  const CommandResult b = newsindex({"--db", dir / "four.db", "--jobs", "4", dir / "in"});
  ASSERT_EQ(a.exit_code, b.exit_code) << a.err << b.err;
  EXPECT_EQ(summary_count(a.out, "new"), 2 * 190) << a.out;
  EXPECT_EQ(a.err, b.err);
  EXPECT_EQ(lines_with(a.err, "was read from an earlier record"), 2u * 10u) << a.err;
  EXPECT_EQ(lines_with(a.err, "the rest of the file is not read"), 2u) << a.err;
  const std::string articles = all_articles(dir / "one.db");
  EXPECT_EQ(articles, all_articles(dir / "four.db"));
  EXPECT_NE(articles.find("crawl2.warc.gz#https://x.example/p189"), std::string::npos);
}

TEST(ArchiveMembers, ABombInACompressedTarFailsTheWholeArchiveWithFourJobs) {
  TempDir dir;
  const std::string in = dir / "in";
  shell("mkdir -p '" + in + "/m' && cd '" + in + "/m' && for i in $(seq 40); do " +
        "printf 'Story %s\\n\\nThe ferry sailed at dawn.\\n' $i > s$i.txt; done && " +
        "head -c 400000000 /dev/zero > zeros.txt && tar -czf ../bomb.tar.gz s*.txt zeros.txt && " +
        "cd .. && rm -r m");
  const CommandResult r = newsindex({"--db", dir / "db", "--jobs", "4", in});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_EQ(lines_with(r.err, "bomb.tar.gz"), 1u) << r.err;
  EXPECT_EQ(lines_with(r.err, "decompression bomb"), 1u) << r.err;
  EXPECT_EQ(summary_count(r.out, "new"), 0) << r.out;
}

}  // namespace
}  // namespace news::test
