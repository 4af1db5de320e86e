// The web page's HTML: a hostile article (markup and script in every field) renders as
// text, pages hold no inline script, style or event handler (the Content-Security-Policy
// would block them), and results link to their articles and entities.
#include <gtest/gtest.h>

#include <regex>

#include "web/article_page.hpp"
#include "web/search_page.hpp"

namespace news::web {
namespace {

const std::string kScript = "<script>alert('x')</script>";

Article hostile_article() {
  Article a;
  a.id = "corpus/<script>.txt";
  a.path = "/data/" + kScript;
  a.title = kScript + " <b>Harbour</b> \"board\"";
  a.body = "First " + kScript + " paragraph.\n\n<img src=x onerror=alert(1)>\nnext line";
  a.date = make_timestamp(2025, 10, 29);
  a.date_source = "front-matter";
  a.byline = "<i onmouseover=alert(1)>Jane</i>";
  a.source = "</title><script>alert(2)</script>";
  a.url = "javascript:alert(document.domain)";
  a.language = "en\" onfocus=\"alert(1)";
  a.persons = {"<svg onload=alert(1)>", "Jane \"Q\" Public"};
  a.orgs = {"Org & <Co>"};
  a.places = {"'><script>"};
  return a;
}

// Every <script> is the program's own file; no inline style or event handler attribute;
// none of the article's markup survives as markup.
void expect_inert(const std::string& html) {
  const std::regex script("<script[^>]*>");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), script);
       it != std::sregex_iterator(); ++it) {
    EXPECT_EQ(it->str(), "<script src=\"/static/app.js\" defer>");
  }
  // An attribute of a tag (text holds no '<' and quoted values no '"': they are escaped).
  const std::regex handler(R"(<[a-z][a-z0-9]*(\s+[a-z-]+(="[^"]*")?)*\s+on[a-z]+\s*=)",
                           std::regex::icase);
  EXPECT_FALSE(std::regex_search(html, handler)) << html;
  EXPECT_TRUE(std::regex_search(std::string("<a href=\"x\" onclick=\"y\">"), handler));
  EXPECT_EQ(html.find(" style="), std::string::npos);
  EXPECT_EQ(html.find("href=\"javascript"), std::string::npos);
  for (const char* markup : {"<img", "<svg", "<b>", "<i ", "<i>", "</title><script"}) {
    EXPECT_EQ(html.find(markup), std::string::npos) << markup << "\n" << html;
  }
}

TEST(WebPages, AHostileResultRendersAsText) {
  SearchResponse response;
  response.header.query = kScript;
  response.header.total = 1;
  response.header.notes = {"note " + kScript};
  response.header.suggestion = "<b>suggested</b>";
  SearchResult result;
  result.rank = 1;
  result.article = hostile_article();
  result.snippet = std::string("x ") + kHighlightStart + kScript + kHighlightEnd;
  response.results.push_back(result);
  SearchPageView view;
  view.request.query = kScript;
  view.request.persons = {"<svg onload=alert(1)>"};
  view.response = &response;
  const std::string html = search_page(view);
  expect_inert(html);
  EXPECT_NE(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &lt;b&gt;Harbour"),
            std::string::npos);
  EXPECT_NE(html.find("<mark>&lt;script&gt;"), std::string::npos);
  EXPECT_NE(html.find("href=\"/article?id=corpus%2F%3Cscript%3E.txt\""), std::string::npos);
  EXPECT_NE(html.find("href=\"/?person=Jane%20%22Q%22%20Public\""), std::string::npos);
}

TEST(WebPages, AHostileArticlePageRendersAsText) {
  const Article a = hostile_article();
  StoredArticle stored{a, {ArticleCopy{a.id, a.title, a.date, a.source}}, 3};
  const std::string html = article_page(stored);
  expect_inert(html);
  EXPECT_NE(html.find("<h1>&lt;script&gt;alert"), std::string::npos);
  EXPECT_NE(html.find("<dd>javascript:alert(document.domain)</dd>"), std::string::npos);
  EXPECT_NE(html.find("Copies of this article (3)"), std::string::npos);
  EXPECT_NE(html.find("and 2 more"), std::string::npos);
  EXPECT_NE(html.find("<p>First &lt;script&gt;"), std::string::npos);
  EXPECT_NE(html.find("&lt;img src=x onerror=alert(1)&gt;<br>\nnext line"), std::string::npos);
}

TEST(WebPages, WebUrlsAreLinksAndResultsPageAndExport) {
  Article a;
  a.id = "corpus/world/a.txt";
  a.title = "Talks";
  a.url = "https://news.example/talks";
  a.persons = {"Khawaja Asif"};
  a.places = {"Kabul"};
  const std::string article_html = article_page(StoredArticle{a, {}, 0});
  EXPECT_NE(article_html.find("<a href=\"https://news.example/talks\" rel=\"noopener "
                              "noreferrer nofollow\">"),
            std::string::npos);
  EXPECT_EQ(article_html.find("Copies of this article"), std::string::npos);
  SearchResponse response;
  response.header.total = 45;
  for (int i = 0; i < 20; ++i) {
    response.results.push_back(SearchResult{std::size_t(21 + i), 1.0, a, "Talks", {}, 0});
  }
  SearchPageView view;
  view.request.query = "talks";
  view.request.offset = 20;
  view.request.limit = 20;
  view.response = &response;
  const std::string html = search_page(view);
  EXPECT_NE(html.find("<ol class=\"results\" start=\"21\">"), std::string::npos);
  EXPECT_NE(html.find("href=\"/?q=talks\">&#x2190; Previous"), std::string::npos);
  EXPECT_NE(html.find("href=\"/?q=talks&amp;offset=40\">Next"), std::string::npos);
  EXPECT_NE(html.find("/export?q=talks&amp;format=csv"), std::string::npos);
  EXPECT_NE(html.find("href=\"/?q=place%3A%22Kabul%22\""), std::string::npos);
  EXPECT_NE(html.find("aria-live=\"polite\""), std::string::npos);
  EXPECT_NE(html.find("role=\"search\""), std::string::npos);
}

}  // namespace
}  // namespace news::web
