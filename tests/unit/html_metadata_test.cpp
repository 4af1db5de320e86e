// HTML metadata: encodings, JSON-LD, titles, bylines and dates on small inline pages.
#include <gtest/gtest.h>

#include "html/article_fields.hpp"
#include "html/byline_cleanup.hpp"
#include "html/html_dates.hpp"
#include "html/html_document.hpp"
#include "html/html_encoding.hpp"
#include "html/json_ld.hpp"
#include "html/meta_fields.hpp"

namespace news::html {
namespace {

std::string day_of(const std::optional<Timestamp>& ts) {
  return ts ? to_iso8601(*ts).substr(0, 10) : "none";
}

TEST(HtmlEncoding, HonoursTheDeclaredCharset) {
  struct Case {
    std::string bytes;
    std::string expected_text;
    std::string encoding;
  };
  const Case cases[] = {
      {"<meta charset=\"iso-8859-1\"><p>caf\xE9</p>", "caf\xC3\xA9", "windows-1252"},
      {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
       "<p>\xCF\xF0\xE8</p>",
       "\xD0\x9F\xD1\x80\xD0\xB8", "windows-1251"},
      {"<meta charset=\"utf-8\"><p>caf\xC3\xA9</p>", "caf\xC3\xA9", "UTF-8"},
      {"<meta charset=\"latin1\"><p>caf\xC3\xA9</p>", "caf\xC3\xA9", "UTF-8"},
  };
  for (const Case& c : cases) {
    const DecodedText d = decode_html(c.bytes);
    EXPECT_NE(d.utf8.find(c.expected_text), std::string::npos) << c.bytes;
    EXPECT_EQ(d.encoding, c.encoding) << c.bytes;
  }
}

TEST(HtmlEncoding, InvalidBytesInUtf8AreReadAsWindows1252) {
  const DecodedText d = decode_html("<p>na\xC3\xAFve \x93quoted\x94</p>");
  EXPECT_EQ(d.utf8, "<p>na\xC3\xAFve \xE2\x80\x9Cquoted\xE2\x80\x9D</p>");
  EXPECT_FALSE(d.note.empty());
}

TEST(JsonLd, FindsTheArticleInGraphsAndResolvesReferences) {
  const std::string graph = R"({"@context":"https://schema.org","@graph":[
    {"@type":"WebPage","@id":"p","datePublished":"2020-01-01"},
    {"@type":["NewsArticle"],"headline":"Dam opens","datePublished":"2021-03-04T22:10:00-05:00",
     "author":{"@id":"#jane"},"publisher":{"@type":"Organization","name":"Valley Times"},
     "about":[{"@type":"Person","name":"Ann Lee"},{"@type":"City","name":"Lyon"},
              {"@type":"Organization","name":"River Board"}]},
    {"@type":"Person","@id":"#jane","name":"Jane Roe"}]})";
  const JsonLdArticle a = read_json_ld({graph});
  EXPECT_TRUE(a.found);
  EXPECT_EQ(a.headline, "Dam opens");
  EXPECT_EQ(a.date_published, "2021-03-04T22:10:00-05:00");
  ASSERT_EQ(a.authors.size(), 1u);
  EXPECT_EQ(a.authors[0], "Jane Roe");
  EXPECT_EQ(a.publisher, "Valley Times");
  EXPECT_EQ(a.persons, std::vector<std::string>{"Ann Lee"});
  EXPECT_EQ(a.places, std::vector<std::string>{"Lyon"});
  EXPECT_EQ(a.orgs, std::vector<std::string>{"River Board"});
}

TEST(JsonLd, RepairsRawNewLinesAndSkipsBrokenBlocks) {
  const JsonLdArticle a =
      read_json_ld({"{\"@type\":\"BlogPosting\",\"headline\":\"Two\nlines\",\"author\":"
                    "[\"A One\",{\"name\":\"B Two\"}]}",
                    "{not json"});
  EXPECT_EQ(a.headline, "Two lines");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"A One", "B Two"}));
}

TEST(HtmlTitle, StripsTheSiteName) {
  struct Case {
    const char* title;
    const char* site;
    const char* expected;
  };
  const Case cases[] = {
      {"Dam opens after ten years | Valley Times", "Valley Times", "Dam opens after ten years"},
      {"Dam opens after ten years - Valley Times", "", "Dam opens after ten years"},
      {"Valley Times: Dam opens after ten years", "Valley Times", "Dam opens after ten years"},
      {"Dam opens after ten years — The Valley Times Online", "", "Dam opens after ten years"},
      {"Q&A: what the dam means", "", "Q&A: what the dam means"},
      {"Left - right", "", "Left - right"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(strip_site_name(c.title, c.site), c.expected) << c.title;
  }
}

TEST(HtmlByline, CleansAuthorFields) {
  struct Case {
    const char* raw;
    const char* site;
    const char* expected;
  };
  const Case cases[] = {
      {"By Jane Doe", "", "Jane Doe"},
      {"  by  JANE DOE | October 29, 2025", "", "JANE DOE"},
      {"Jane Doe, Reuters", "Reuters", "Jane Doe"},
      {"Von Hans Meier", "", "Hans Meier"},
      {"Jane Doe, October 29, 2025", "", "Jane Doe"},
      {"https://example.com/authors/jane", "", ""},
      {"jane@example.com", "", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(clean_byline(c.raw, c.site), c.expected) << c.raw;
  }
  EXPECT_EQ(join_bylines({"By A One", "a one", "B Two"}, ""), "A One; B Two");
}

TEST(HtmlDates, FindsDatesInUrls) {
  struct Case {
    const char* url;
    const char* day;
  };
  const Case cases[] = {
      {"https://example.com/2025/10/29/dam-opens/", "2025-10-29"},
      {"https://example.com/news/2025-10-29-dam-opens", "2025-10-29"},
      {"https://example.com/news/dam-opens-20251029.html", "2025-10-29"},
      {"https://example.com/news/12345678/dam", "none"},
      {"https://example.com/2025/dam", "none"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(day_of(date_in_url(c.url)), c.day) << c.url;
  }
}

TEST(HtmlDates, PrefersMetadataAndKeepsThePublishersDay) {
  struct Case {
    const char* page;
    const char* url;
    const char* day;
    std::string source;
  };
  const Case cases[] = {
      {R"(<meta property="article:published_time" content="2021-03-04T22:10:00-05:00">)", "",
       "2021-03-04", "metadata"},
      {R"(<meta name="sailthru.date" content="Thu, 04 Mar 2021 10:00:00 -0500">)", "", "2021-03-04",
       "metadata"},
      {R"(<body><time datetime="2019-05-06">May 6</time></body>)", "", "2019-05-06", "metadata"},
      {R"(<body><h1>T</h1><p>x</p></body>)", "https://e.com/2018/07/08/t", "2018-07-08", "url"},
      {R"(<body><h1>T</h1><div class="post-date">Posted on 9 August 2017</div></body>)", "",
       "2017-08-09", "text"},
      {R"(<body><h1>T</h1></body>)", "", "none", ""},
  };
  for (const Case& c : cases) {
    const HtmlDocument doc(c.page);
    const PageMeta meta = read_page_meta(doc);
    const DateFinding found =
        find_article_date(doc, meta, read_json_ld(meta.json_ld), c.url, c.page);
    EXPECT_EQ(day_of(found.date), c.day) << c.page;
    EXPECT_EQ(found.source ? found.source : "", c.source) << c.page;
  }
}

TEST(HtmlDates, AConfirmedDateNextToTheHeadlineBeatsTheMetadataDate) {
  struct Case {
    const char* page;
    const char* day;
    std::string source;
  };
  const Case cases[] = {
      // shown next to the <h1> and confirmed by the modification date
      {R"(<meta property="article:published_time" content="2021-03-08T11:00:00Z">
          <meta property="article:modified_time" content="2021-03-14T20:00:00Z">
          <body><h1>T</h1><p>Updated 14 March 2021</p></body>)",
       "2021-03-14", "text"},
      // shown in a date-class element after the <h1>
      {R"(<meta name="pubdate" content="2021-12-14">
          <body><h1>T</h1><span class="date">04.02.2022</span><p>Text.</p></body>)",
       "2022-02-04", "text"},
      // shown but confirmed by nothing: the metadata date stays
      {R"(<meta property="article:published_time" content="2021-03-08">
          <body><h1>T</h1><p>14 March 2021</p></body>)",
       "2021-03-08", "metadata"},
      // the same day in both
      {R"(<meta property="article:published_time" content="2021-03-08">
          <body><h1>T</h1><span class="date">8 March 2021</span></body>)",
       "2021-03-08", "metadata"},
  };
  for (const Case& c : cases) {
    const HtmlDocument doc(c.page);
    const PageMeta meta = read_page_meta(doc);
    const DateFinding found = find_article_date(doc, meta, read_json_ld(meta.json_ld), "", c.page);
    EXPECT_EQ(day_of(found.date), c.day) << c.page;
    EXPECT_EQ(found.source ? found.source : "", c.source) << c.page;
  }
}

}  // namespace
}  // namespace news::html
