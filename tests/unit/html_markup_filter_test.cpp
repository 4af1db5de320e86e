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

TEST(HtmlEncoding, FindsAnInvalidByteAfterLongAsciiRuns) {
  const std::string ascii(100, 'a');
  EXPECT_TRUE(decode_html(ascii + "caf\xC3\xA9" + ascii).note.empty());
  EXPECT_FALSE(decode_html(ascii + "caf\xE9" + ascii).note.empty());
  EXPECT_FALSE(decode_html(ascii + "\xC3" + ascii).note.empty());
  EXPECT_EQ(decode_html(ascii + "\xE9").utf8, ascii + "\xC3\xA9");
}

}  // namespace
}  // namespace news::html
