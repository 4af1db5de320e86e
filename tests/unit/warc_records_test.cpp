// WARC records, HTTP responses inside them (chunked, gzip), and the articles read.
#include <gtest/gtest.h>

#include <memory>

#include "sources/http_response.hpp"
#include "sources/warc_source.hpp"

namespace news {
namespace {

std::string record(const std::string& type, const std::string& uri, const std::string& block) {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2022-05-02T09:17:00Z\r\nContent-Type: application/http; "
         "msgtype=response\r\nContent-Length: " +
         std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

const std::string kPage =
    "<html><head><title>Pool reopens</title></head><body><article><h1>Pool reopens</h1>"
    "<p>The swimming pool has reopened after repairs to its roof, the council said.</p>"
    "</article></body></html>";

std::string http(const std::string& type, const std::string& body) {
  return "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\n\r\n" + body;
}

TEST(WarcRecords, SplitsRecordsAndReportsDamage) {
  struct Case {
    const char* name;
    std::string bytes;
    std::size_t records;
    bool damaged;
  };
  const std::string one = record("response", "https://e.org/a", http("text/html", kPage));
  const Case cases[] = {
      {"one", one, 1, false},
      {"three", one + record("request", "https://e.org/a", "GET / HTTP/1.1\r\n\r\n") + one, 3,
       false},
      {"cut short", one + one.substr(0, one.size() - 40), 1, true},
      {"garbage after", one + "not a record\r\n\r\n", 1, true},
      // Regression: a length beyond size_t threw out of the reader instead of being damage.
      {"length too long", one + "WARC/1.0\r\nContent-Length: 99999999999999999999999\r\n\r\nx", 1,
       true},
      {"length past the end", one + "WARC/1.0\r\nContent-Length: 18446744073709551615\r\n\r\nx", 1,
       true},
  };
  for (const Case& c : cases) {
    const WarcSplit split = split_warc(c.bytes);
    EXPECT_EQ(split.records.size(), c.records) << c.name;
    EXPECT_EQ(!split.error.empty(), c.damaged) << c.name << ": " << split.error;
  }
  EXPECT_THROW(split_warc("<html>not a warc</html>"), ReadError);
}

TEST(WarcRecords, DechunksBodies) {
  const std::pair<std::string, std::string> cases[] = {
      {"5\r\nhello\r\n0\r\n\r\n", "hello"},
      {"3\r\nabc\r\n3;ext=1\r\ndef\r\n0\r\n\r\n", "abcdef"},
      {"A\r\n0123456789\r\n0\r\n", "0123456789"},
  };
  for (const auto& [chunked, plain] : cases) {
    EXPECT_EQ(dechunk(chunked), plain) << chunked;
  }
  EXPECT_THROW(dechunk("zz\r\nabc\r\n"), ReadError);
  EXPECT_THROW(dechunk("ff\r\nabc\r\n"), ReadError);
  // Regression: chunk sizes beyond size_t threw std::out_of_range, or wrapped around.
  EXPECT_THROW(dechunk("fffffffffffffffffffffff\r\nabc\r\n"), ReadError);
  EXPECT_THROW(dechunk("ffffffffffffffff\r\nabc\r\n"), ReadError);
}

TEST(WarcRecords, ParsesResponseHeadersCaseInsensitively) {
  const HttpResponse r = parse_http_response(
      "HTTP/1.1 404 Not Found\r\nCONTENT-TYPE: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
      "2\r\nok\r\n0\r\n\r\n");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.header("content-type"), "text/html");
  EXPECT_EQ(r.body, "ok");
  EXPECT_THROW(parse_http_response("GET / HTTP/1.1\r\n\r\n"), ReadError);
}

TEST(WarcRecords, HtmlResponsesBecomeArticles) {
  RawItem item;
  item.id = "crawl.warc";
  item.path = "in/crawl.warc";
  item.source_file = "crawl.warc";
  item.name = "crawl.warc";
  item.field_map = std::make_shared<const FieldMap>();
  item.bytes = record("response", "https://e.org/pool", http("text/html; charset=utf-8", kPage)) +
               record("response", "https://e.org/s.css", http("text/css", "p {}")) +
               record("response", "https://e.org/pool", http("text/html", kPage)) +
               record("response", "https://e.org/bad", "no http here");
  const ReadResult r = read_warc_file(item);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "crawl.warc#https://e.org/pool");
  EXPECT_EQ(r.articles[0].url, "https://e.org/pool");
  EXPECT_EQ(r.articles[0].title, "Pool reopens");
  ASSERT_TRUE(r.articles[0].fallback_date);
  EXPECT_EQ(to_iso8601(*r.articles[0].fallback_date), "2022-05-02T09:17:00Z");
  EXPECT_EQ(r.skipped.at("WARC responses that are not HTML pages"), 1u);
  EXPECT_EQ(r.warnings.size(), 1u);  // the repeated URI
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("record 4 at byte"), std::string::npos) << r.errors[0];
}

}  // namespace
}  // namespace news
