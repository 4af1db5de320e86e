// The web page's text handling: every article field is escaped, highlights become <mark>,
// query-string values are percent-encoded, and only web links become links.
#include <gtest/gtest.h>

#include "search_result.hpp"
#include "web/html_text.hpp"

namespace news::web {
namespace {

TEST(WebHtml, EscapesMarkupAndQuotes) {
  struct Case {
    std::string in, out;
  };
  const Case cases[] = {
      {"plain words", "plain words"},
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"},
      {"it's AT&T", "it&#39;s AT&amp;T"},
      {"&amp; stays text", "&amp;amp; stays text"},
      {"Zürich café – «ok»", "Zürich café – «ok»"},
      {"tab\tand\nnewline", "tab\tand\nnewline"},
      {std::string("nul\0bell\x07", 9), "nulbell"},
      {"bad \xff\xfe utf8", "bad \xEF\xBF\xBD\xEF\xBF\xBD utf8"},
      {"c1 \xC2\x85 control", "c1  control"},
      {"cut \xE2\x82", "cut \xEF\xBF\xBD"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(escape_html(c.in), c.out) << c.in;
  }
}

TEST(WebHtml, HighlightsBecomeMarksAroundEscapedText) {
  const std::string s = std::string("a <b> ") + kHighlightStart + "Kabul" + kHighlightEnd + " & " +
                        kHighlightStart + "talks";
  EXPECT_EQ(highlighted_html(s), "a &lt;b&gt; <mark>Kabul</mark> &amp; <mark>talks</mark>");
  EXPECT_EQ(highlighted_html(std::string(1, kHighlightEnd) + "x"), "x");
  EXPECT_EQ(highlighted_html(""), "");
}

TEST(WebHtml, UrlEncodingKeepsOnlyUnreservedCharacters) {
  EXPECT_EQ(url_encode("person:\"Khawaja Asif\""), "person%3A%22Khawaja%20Asif%22");
  EXPECT_EQ(url_encode("a&b=c#d"), "a%26b%3Dc%23d");
  EXPECT_EQ(url_encode("Zü"), "Z%C3%BC");
  EXPECT_EQ(url_encode("safe-_.~9"), "safe-_.~9");
}

TEST(WebHtml, OnlyHttpAndHttpsUrlsAreLinks) {
  EXPECT_EQ(safe_link("https://example.org/a?b=c"), "https://example.org/a?b=c");
  EXPECT_EQ(safe_link("HTTP://Example.org/"), "HTTP://Example.org/");
  for (const char* bad :
       {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "//evil.example/",
        "http://", "https://a.example/\" onmouseover=x", "https://a.example/<script>",
        " https://a.example/", "vbscript:x", "file:///etc/passwd"}) {
    EXPECT_EQ(safe_link(bad), "") << bad;
  }
}

}  // namespace
}  // namespace news::web
