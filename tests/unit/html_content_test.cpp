// Main-text extraction on small inline pages: the article stays, the chrome goes.
#include <gtest/gtest.h>

#include "html/content_extraction.hpp"
#include "html/html_document.hpp"
#include "html/markup_filter.hpp"

namespace news::html {
namespace {

std::string body_of(const std::string& page) {
  const HtmlDocument doc(page);
  return join_paragraphs(extract_content(doc).paragraphs);
}

const std::string kArticleParagraphs =
    "<p>The river authority opened the new dam on Tuesday, ten years after the first plans "
    "were drawn, and the valley's farmers came to watch.</p>"
    "<p>Engineers said the reservoir would fill within two seasons, if the rains hold, and "
    "that the turbines would power forty thousand homes.</p>"
    "<p>Not everyone was pleased: fishermen downstream, who lost their best pools, "
    "protested at the gates with banners and a brass band.</p>";

TEST(MarkupFilter, EmptiesScriptsAndStylesButKeepsJsonLd) {
  struct Case {
    const char* in;
    const char* out;
  };
  const Case cases[] = {
      {"a<script>var x = '<p>';</script>b", "a<script></script>b"},
      {"<STYLE type=x>p{}</STYLE>", "<STYLE type=x></STYLE>"},
      {"<!-- hidden --><p>x</p>", "<p>x</p>"},
      {"<script type=\"application/ld+json\">{}</script>",
       "<script type=\"application/ld+json\">{}</script>"},
      {"<script>unclosed", "<script>unclosed"},
      {"<scripts>kept</scripts>", "<scripts>kept</scripts>"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(strip_invisible_markup(c.in), c.out) << c.in;
  }
}

TEST(HtmlDocument, CollapsesWhiteSpaceAndKeepsInlineTextTogether) {
  const HtmlDocument doc("<p> Hello,\n  <b>wor</b>ld&nbsp;&amp; you </p>");
  EXPECT_EQ(doc.text_content(doc.find_first(GUMBO_TAG_P)), "Hello, world & you");
}

TEST(ContentExtraction, KeepsTheArticleAndDropsChrome) {
  const std::string page =
      "<html><body><nav><a href=/>Home</a> <a href=/w>World</a></nav>"
      "<div class=\"cookie-banner\">We use cookies to improve your experience.</div>"
      "<header><h1>Dam opens</h1><p class=byline>By Jane Doe</p></header>"
      "<article><div class=\"article-body\">" +
      kArticleParagraphs +
      "<div class=\"share-tools\">Share on Facebook, Twitter, or by e-mail to a friend</div>"
      "</div></article>"
      "<section class=\"related-stories\"><h2>Related stories</h2><ul>"
      "<li><a href=/a>Bridge closes for repairs, commuters face long detours</a></li>"
      "<li><a href=/b>Flood warnings lifted across the valley this weekend</a></li></ul></section>"
      "<div id=\"comments\"><p>Great article, thanks, I really enjoyed reading it today!</p></div>"
      "<footer><p>Copyright 2025 Valley Times. All rights reserved, everywhere.</p></footer>"
      "</body></html>";
  const std::string body = body_of(page);
  EXPECT_TRUE(body.starts_with("The river authority opened")) << body;
  for (const char* chrome : {"Home", "cookies", "Dam opens", "Jane Doe", "Share on",
                             "Related stories", "Bridge closes", "Great article", "Copyright"}) {
    EXPECT_EQ(body.find(chrome), std::string::npos) << chrome << " in: " << body;
  }
}

TEST(ContentExtraction, SeparatesParagraphsWithBlankLines) {
  const std::string body = body_of("<body><div>" + kArticleParagraphs + "</div></body>");
  EXPECT_EQ(std::count(body.begin(), body.end(), '\n'), 4) << body;
}

TEST(ContentExtraction, KeepsAPageWrappedInAForm) {
  const std::string body = body_of("<body><form id=aspnetForm><div class=main>" +
                                   kArticleParagraphs + "</div></form></body>");
  EXPECT_NE(body.find("fishermen downstream"), std::string::npos) << body;
}

TEST(ContentExtraction, KeepsTheLeadBeforeTheContainer) {
  struct Case {
    std::string lead;
    bool kept;
  };
  const std::string lead = "Engineers finished the dam ten years late and far over budget today.";
  const Case cases[] = {
      {"<div class=\"article__intro\"><p>" + lead + "</p></div>", true},
      {"<p class=\"teaser-text\">" + lead + "</p>", true},
      {"<div class=\"lead-asset__caption\">" + lead + "</div>", false},
      {"<div class=\"teaser-nav\">" + lead + "</div>", false},
      {"<div class=\"other\">" + lead + "</div>", false},
      {"<p>" + lead + "</p>", true},
  };
  for (const Case& c : cases) {
    const std::string page = "<html><body><header><h1>Dam opens</h1>" + c.lead +
                             "</header><div class=\"article-body\">" + kArticleParagraphs +
                             "</div></body></html>";
    const std::string body = body_of(page);
    EXPECT_EQ(body.starts_with(lead), c.kept) << c.lead;
    EXPECT_NE(body.find("Engineers said the reservoir"), std::string::npos) << c.lead;
  }
}

TEST(ContentExtraction, RetriesWithChromeWhenTheRulesEmptyThePage) {
  const std::string page =
      "<html><body><div class=\"builder-widget\"><h1>Dam opens</h1></div>"
      "<div class=\"builder-widget builder-widget-text\">" +
      kArticleParagraphs + "</div></body></html>";
  EXPECT_NE(body_of(page).find("Engineers said the reservoir"), std::string::npos);
}

TEST(ContentExtraction, ASmallBoxWithContentClassesGivesWayToTheLargerText) {
  struct Case {
    std::string page;
    const char* kept;
    const char* dropped;
  };
  const std::string box =
      "<div class=\"teaser-text\"><p>Read also: a short teaser, here, for another "
      "story.</p></div>";
  const Case cases[] = {
      // the teaser box scores on its class words; the article holds far more text
      {"<body><div>" + box + "</div><div>" + kArticleParagraphs + "</div></body>",
       "fishermen downstream", "Read also"},
      // a box with enough text of its own keeps winning
      {"<body><div class=\"story-text\">" + kArticleParagraphs +
           "</div><div><p>Short note, unrelated, in a plain box here.</p></div></body>",
       "fishermen downstream", "Short note"},
  };
  for (const Case& c : cases) {
    const std::string body = body_of(c.page);
    EXPECT_NE(body.find(c.kept), std::string::npos) << body;
    EXPECT_EQ(body.find(c.dropped), std::string::npos) << body;
  }
}

TEST(ContentExtraction, DropsOverlaysAndBrowserNotices) {
  const char* notices[] = {
      "<div id=\"IE-overlay\"><p>Your browser is out of date, and some of our pages, menus "
      "and videos will not work: please, use another one.</p></div>",
      "<div class=\"outdated-browser\"><p>Your browser is out of date, and some of our "
      "pages, menus and videos will not work: please, use another one.</p></div>",
  };
  for (const char* notice : notices) {
    const std::string body = body_of(std::string("<body>") + notice + "<div class=\"story\">" +
                                     kArticleParagraphs + "</div></body>");
    EXPECT_NE(body.find("fishermen downstream"), std::string::npos) << notice;
    EXPECT_EQ(body.find("out of date"), std::string::npos) << notice;
  }
}

TEST(ContentExtraction, KeepsNumberedTableOfContentsTargets) {
  const struct {
    const char* id;
    bool kept;
  } cases[] = {{"TOC_TITLE_1", true}, {"toc-2", true}, {"toc", false}};
  for (const auto& c : cases) {
    const std::string body = body_of(std::string("<body><div class=\"story\">") +
                                     kArticleParagraphs + "<div id=\"" + c.id +
                                     "\"><p>Skinfold measurements, taken with calipers at three "
                                     "sites, estimate body fat.</p></div></div></body>");
    EXPECT_EQ(body.find("Skinfold") != std::string::npos, c.kept) << c.id;
  }
}

TEST(ContentExtraction, KeepsAHeaderThatHoldsParagraphsOfText) {
  const std::string page =
      "<body><header><a href=/>Home</a> <a href=/w>World</a></header>"
      "<article><header><p>A short kicker.</p><div>" +
      kArticleParagraphs + "</div></header></article></body>";
  const std::string body = body_of(page);
  EXPECT_NE(body.find("fishermen downstream"), std::string::npos) << body;
  EXPECT_EQ(body.find("World"), std::string::npos) << body;
}

TEST(ContentExtraction, KeepsAHeadingThatIsAParagraphInLargeType) {
  const struct {
    const char* heading;
    const char* lead;
    bool kept;
  } cases[] = {
      {"h2 class=\"article-lead\"",
       "The valley's new dam opened ten years late, and the farmers came to watch it fill.", false},
      {"h2 class=\"article-lead\"",
       "The valley's new dam opened on Tuesday, ten years late and far over budget, and the "
       "farmers came down from the hills to watch it fill.",
       true},
      {"h3", "Related stories", false},
  };
  for (const auto& c : cases) {
    const std::string tag = std::string(c.heading).substr(0, 2);
    const std::string page = std::string("<body><div><h1>Dam opens</h1><") + c.heading + ">" +
                             c.lead + "</" + tag + "></div><div class=\"article-body\">" +
                             kArticleParagraphs + "</div></body>";
    const std::string body = body_of(page);
    EXPECT_EQ(body.find(c.lead) != std::string::npos, c.kept) << body;
    EXPECT_NE(body.find("fishermen downstream"), std::string::npos) << body;
  }
}

TEST(ContentExtraction, EmptyPageGivesNoParagraphs) {
  EXPECT_EQ(body_of("<html><body></body></html>"), "");
  EXPECT_EQ(body_of(""), "");
}

}  // namespace
}  // namespace news::html
