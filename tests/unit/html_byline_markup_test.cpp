// Bylines from markup that every site shares: hCards next to the headline, byline classes
// next to the headline before ones elsewhere, and never a commenter.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "html/article_fields.hpp"
#include "html/byline_markup.hpp"
#include "html/html_document.hpp"
#include "html/json_ld.hpp"
#include "html/meta_fields.hpp"

namespace news::html {
namespace {

std::string byline_of(const std::string& body) {
  const HtmlDocument doc("<html><head></head><body>" + body + "</body></html>");
  const PageMeta meta = read_page_meta(doc);
  return pick_byline(doc, meta, read_json_ld(meta.json_ld), "");
}

const std::string kText =
    "<p>The council voted on Tuesday to keep the ferry running through the winter, after "
    "islanders collected four thousand signatures in a month and the harbour board offered "
    "to share the cost of the late crossings with the county for two more years.</p>";

TEST(BylineMarkup, CommentersAreNotTheAuthor) {
  // a blog post without a byline: the comment thread's authors are not the post's
  EXPECT_EQ(byline_of("<article><h1>Carver Street lanes</h1>" + kText +
                      "</article><ol class=\"commentlist\"><li><div class=\"comment-author "
                      "vcard\"><cite class=\"fn\">Chris Amani</cite></div><p>Great post.</p>"
                      "</li></ol>"),
            "");
  EXPECT_EQ(byline_of("<h1>Carver Street lanes</h1>" + kText +
                      "<div class=\"comments\"><div class=\"comment-meta\"><div "
                      "class=\"author\">Claire</div></div></div>"),
            "");
  EXPECT_EQ(byline_of("<h1>Carver Street lanes</h1>" + kText +
                      "<div itemscope itemtype=\"https://schema.org/Comment\"><span "
                      "itemprop=\"author\">Pat Reader</span></div>"),
            "");
  // the post's own byline stays, also when the theme marks the post "comments-open"
  EXPECT_EQ(byline_of("<article class=\"post comments-open\"><h1>Carver Street lanes</h1>"
                      "<span class=\"byline\">By <span class=\"author vcard\"><a class=\"url fn "
                      "n\">Ines Carvalho</a></span></span>" +
                      kText + "</article>"),
            "Ines Carvalho");
}

TEST(BylineMarkup, AnHCardNextToTheHeadlineGivesTheName) {
  EXPECT_EQ(byline_of("<h1>Night ferry cancelled</h1><div class=\"entry-meta\"><span "
                      "class=\"vcard\"><span class=\"fn\">Thomas Brannigan</span> <span "
                      "class=\"role\">Islands reporter</span></span></div>" +
                      kText),
            "Thomas Brannigan");
  EXPECT_EQ(byline_of("<h1>Night ferry cancelled</h1><p class=\"h-card\"><a class=\"p-name\">"
                      "Thomas Brannigan</a> <span class=\"p-note\">writes about the "
                      "islands</span></p>" +
                      kText),
            "Thomas Brannigan");
  // an hCard far from any headline (a contact box at the foot) is not a byline
  EXPECT_EQ(byline_of("<h1>Night ferry cancelled</h1>" + kText + kText + kText +
                      "<address class=\"vcard\"><span class=\"fn\">Harbour Office</span>"
                      "</address>"),
            "");
}

TEST(BylineMarkup, ABylineClassNextToTheHeadlineComesFirst) {
  EXPECT_EQ(byline_of("<div class=\"author-list\">Staff</div>" + kText + kText +
                      "<h1>Water rates to rise</h1><div class=\"article-byline\">By Daniel Osei"
                      "</div>" +
                      kText),
            "Daniel Osei");
  // with none next to a headline, the first one elsewhere
  EXPECT_EQ(byline_of("<h1>Water rates to rise</h1>" + kText + kText + kText +
                      "<div class=\"author-box\">Lena Fischer</div>"),
            "Lena Fischer");
}

TEST(JsonLdAuthors, ThePagesWorkGivesTheAuthorWithoutAnArticle) {
  // Yoast without an Article: the WebPage's author, by reference to a Person in the graph
  const std::string yoast =
      R"({"@context":"https://schema.org","@graph":[{"@type":"WebSite","@id":"https://x.example/#w",
      "name":"Fish and Catch"},{"@type":"ImageObject","author":"Getty Images"},
      {"@type":"WebPage","@id":"https://x.example/a/","author":{"@id":"https://x.example/#/p/1"}},
      {"@type":["Person"],"@id":"https://x.example/#/p/1","name":"Tomas Kalweit"}]})";
  EXPECT_EQ(read_json_ld({yoast}).authors, std::vector<std::string>{"Tomas Kalweit"});
  // a HowTo's author; a comment's author is no author of the page
  const std::string howto =
      R"([{"@type":"Comment","author":{"@type":"Person","name":"Pat Reader"}},
      {"@type":"HowTo","name":"Fix a tile","author":{"@type":"Person","name":"Robert Stein"}}])";
  EXPECT_EQ(read_json_ld({howto}).authors, std::vector<std::string>{"Robert Stein"});
  // an article's author comes first
  const std::string both =
      R"([{"@type":"WebPage","author":"Web Team"},
      {"@type":"NewsArticle","headline":"Dam opens","author":{"@type":"Person","name":"Ina Roth"}}])";
  EXPECT_EQ(read_json_ld({both}).authors, std::vector<std::string>{"Ina Roth"});
}

TEST(BylineMarkup, CmsLinkLabelsGiveTheirNameOrNothing) {
  // Blogger's profile widget: the name, not the link label
  EXPECT_EQ(byline_of("<h1>Screen readers</h1>" + kText +
                      "<div class=\"profile\"><span itemprop=\"author\">T. V. Raman</span>"
                      "<a class=\"profile-link\" rel=\"author\">View my complete profile</a>"
                      "</div>"),
            "T. V. Raman");
  // WordPress's "View all posts by" (German theme), with its arrow
  EXPECT_EQ(
      byline_of("<h1>Podcasts</h1>" + kText +
                "<a rel=\"author\">Zeige alle Beitr\xC3\xA4ge von Cem Basman \xE2\x86\x92</a>"),
      "Cem Basman");
  // co-authors and names with particles are names, not labels
  EXPECT_EQ(byline_of("<h1>Depot</h1><p class=\"byline\">By Sam Okafor and Ruth Lee</p>" + kText),
            "Sam Okafor and Ruth Lee");
  EXPECT_EQ(byline_of("<h1>Summit</h1><span class=\"byline\">Ursula von der Leyen</span>" + kText),
            "Ursula von der Leyen");
}

TEST(BylineMarkup, SourceCreditIsTheLastSourceLine) {
  const HtmlDocument doc(
      "<html><body><p>Source: Reuters</p><p>Text</p><p>Quelle: dpa</p></body></html>");
  EXPECT_EQ(source_credit(doc), "dpa");
}

}  // namespace
}  // namespace news::html
