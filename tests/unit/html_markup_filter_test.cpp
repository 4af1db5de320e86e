// The byte-level pass before parsing: what it drops, what it keeps as written.
#include <gtest/gtest.h>

#include <string>

#include "html/html_encoding.hpp"
#include "html/markup_filter.hpp"

namespace news::html {
namespace {

struct Case {
  const char* in;
  const char* out;
};

TEST(MarkupFilter, KeepsOnlyTheAttributesTheExtractorReads) {
  const Case cases[] = {
      {"<div data-x=\"1\" class=\"a b\" onclick='go()'>t</div>", "<div class=\"a b\">t</div>"},
      {"<a href=\"/x\" title=\"More\" rel=author>x</a>", "<a rel=author>x</a>"},
      {"<link rel=\"canonical\" href=\"https://e.org/a\">",
       "<link rel=\"canonical\" href=\"https://e.org/a\">"},
      {"<abbr title=\"2024-03-01\" class=published>1 Mar</abbr>",
       "<abbr title=\"2024-03-01\" class=published>1 Mar</abbr>"},
      {"<META Property='og:title' CONTENT='A > B'>", "<META Property='og:title' CONTENT='A > B'>"},
      {"<img src=x.jpg alt=\"a\"/>", "<img/>"},
      {"<p hidden style=\"display: none\">x</p>", "<p hidden style=\"display: none\">x</p>"},
      {"<time datetime=2024-01-02 pubdate>x</time>", "<time datetime=2024-01-02 pubdate>x</time>"},
      {"<div class=\"unclosed>rest", "<div class=\"unclosed>rest"},
      {"a < b </p> <!DOCTYPE html>", "a < b </p> <!DOCTYPE html>"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(strip_invisible_markup(c.in), c.out) << c.in;
  }
}

TEST(MarkupFilter, EmptiesInvisibleElements) {
  const Case cases[] = {
      {"<noscript><img src=t.gif></noscript>x", "<noscript></noscript>x"},
      {"<template><p>later</p></template>", "<template></template>"},
      {"<svg viewBox=\"0 0 1 1\"><path d=\"M0\"/></svg>", "<svg></svg>"},
      {"<svg/><p>kept</p></svg>", "<svg/><p>kept</p></svg>"},
      {"<script type=\"application/ld+json\" id=a>{\"a\": 1}</script>",
       "<script type=\"application/ld+json\" id=a>{\"a\": 1}</script>"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(strip_invisible_markup(c.in), c.out) << c.in;
  }
}

TEST(MarkupFilter, CutsRunsOfWhiteSpaceBetweenTags) {
  const Case cases[] = {
      {"<p>a    b</p>", "<p>a b</p>"},
      {"<p>a \n\t  b</p>", "<p>a\nb</p>"},
      {"<p>a\tb</p>", "<p>a\tb</p>"},
      {"<p title=\"a   b\">x</p>", "<p title=\"a   b\">x</p>"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(strip_invisible_markup(c.in), c.out) << c.in;
  }
}

std::size_t count_of(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t pos = text.find(part); pos != text.npos; pos = text.find(part, pos + 1)) {
    ++n;
  }
  return n;
}

std::string repeated(const std::string& part, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) {
    out += part;
  }
  return out;
}

TEST(MarkupFilter, FlattensNestingBeyond256KeepingTheText) {
  const std::string closed = repeated("<div>", 1000) + "deep text" + repeated("</div>", 1000);
  const std::string out = strip_invisible_markup(closed);
  EXPECT_EQ(count_of(out, "<div>"), 256u);
  EXPECT_EQ(count_of(out, "</div>"), 256u);
  EXPECT_NE(out.find("deep text"), out.npos);

  const std::string unclosed = strip_invisible_markup(repeated("<DIV class=x>t", 1000));
  EXPECT_EQ(count_of(unclosed, "<DIV"), 256u);
  EXPECT_EQ(count_of(unclosed, "t"), 1000u);
  // End tags that close nothing do not make room for more depth.
  EXPECT_EQ(count_of(strip_invisible_markup(repeated("<span></b>", 1000)), "<span>"), 256u);
  // Closed siblings never count.
  EXPECT_EQ(strip_invisible_markup(repeated("<div>x</div>", 1000)), repeated("<div>x</div>", 1000));
}

TEST(MarkupFilter, ElementsThatDoNotNestAreNeverDropped) {
  for (const char* part : {"<p>x", "<li>x", "<a href=1>x", "<br>", "<td>x", "<img src=a>"}) {
    const std::string in = "<div>" + repeated(part, 600);
    EXPECT_EQ(count_of(strip_invisible_markup(in), std::string(part).substr(0, 2)), 600u) << part;
  }
  // A paragraph's end tag deep inside dropped elements does not pair with a dropped start.
  const std::string in = repeated("<div>", 300) + "<p>x</p>" + repeated("</div>", 300);
  EXPECT_EQ(count_of(strip_invisible_markup(in), "</div>"), 256u);
}

TEST(MarkupFilter, ManyUnclosedScriptsTakeLinearTime) {
  const std::string in = repeated("<script>x<p>a", 50000);
  const std::string out = strip_invisible_markup(in);
  EXPECT_EQ(count_of(out, "<script>"), 256u);  // each unclosed script stays open
}

TEST(HtmlEncoding, FindsAnInvalidByteAfterLongAsciiRuns) {
  const std::string ascii(100, 'a');
  EXPECT_TRUE(decode_html(ascii + "caf\xC3\xA9" + ascii).note.empty());
  EXPECT_FALSE(decode_html(ascii + "caf\xE9" + ascii).note.empty());
  EXPECT_FALSE(decode_html(ascii + "\xC3" + ascii).note.empty());
  EXPECT_EQ(decode_html(ascii + "\xE9").utf8, ascii + "\xC3\xA9");
}

}  // namespace
}  // namespace news::html
