// Where a node lies on the page (next to a headline, in a comment thread), and the <time>
// that dates an article chosen by it.
#include <gtest/gtest.h>

#include <string>

#include "html/html_dates.hpp"
#include "html/html_document.hpp"
#include "html/json_ld.hpp"
#include "html/meta_fields.hpp"
#include "html/page_regions.hpp"

namespace news::html {
namespace {

const std::string kLongText(800, 'x');

int first_with_id(const HtmlDocument& doc, std::string_view id) {
  for (int i = 0; i < doc.size(); ++i) {
    if (doc.attribute(i, "id") == id) {
      return i;
    }
  }
  return -1;
}

TEST(PageRegions, NearAHeadline) {
  const HtmlDocument doc(
      "<html><body><p id=kicker>Energy</p><h1>Dam opens</h1><p id=by>By Ina</p>"
      "<p>" +
      kLongText + "</p><p id=far>Far below</p></body></html>");
  const std::vector<bool> near = near_headlines(doc);
  EXPECT_TRUE(near[static_cast<std::size_t>(first_with_id(doc, "kicker"))]);
  EXPECT_TRUE(near[static_cast<std::size_t>(first_with_id(doc, "by"))]);
  EXPECT_FALSE(near[static_cast<std::size_t>(first_with_id(doc, "far"))]);
  const HtmlDocument none("<html><body><p id=p>Text</p></body></html>");
  EXPECT_FALSE(near_headlines(none)[static_cast<std::size_t>(first_with_id(none, "p"))]);
}

TEST(PageRegions, InCommentThreads) {
  const HtmlDocument doc(
      "<html><body class=\"comments-open\"><article class=\"post comments-open\"><p id=a>Text"
      "</p></article><ol class=\"comment-list\"><li><p id=b>Reply</p></li></ol><div "
      "id=respond><p id=c>Leave a reply</p></div><div itemscope "
      "itemtype=\"https://schema.org/Comment\"><p id=d>Nice</p></div><div "
      "class=\"category-comment\"><p id=e>Opinion</p></div><ul class=\"responses\"><li "
      "class=\"h-cite u-comment\"><p id=f>Lovely</p></li></ul></body></html>");
  EXPECT_FALSE(in_comments(doc, first_with_id(doc, "a")));
  EXPECT_TRUE(in_comments(doc, first_with_id(doc, "b")));
  EXPECT_TRUE(in_comments(doc, first_with_id(doc, "c")));
  EXPECT_TRUE(in_comments(doc, first_with_id(doc, "d")));
  EXPECT_FALSE(in_comments(doc, first_with_id(doc, "e")));
  EXPECT_TRUE(in_comments(doc, first_with_id(doc, "f")));
}

std::string date_of(const std::string& page) {
  const HtmlDocument doc(page);
  const PageMeta meta = read_page_meta(doc);
  const DateFinding found = find_article_date(doc, meta, read_json_ld(meta.json_ld), "", page);
  return found.date ? to_iso8601(*found.date).substr(0, 10) : "none";
}

TEST(HtmlDates, TheTimeNextToTheHeadlineBeatsTheFirstOne) {
  // a "latest posts" sidebar before the article carries older <time>s
  EXPECT_EQ(date_of("<html><body><aside><time datetime=\"2020-01-02\">2 Jan</time></aside><p>" +
                    kLongText +
                    "</p><h1>Dam opens</h1><time datetime=\"2020-03-18\">18 March"
                    "</time><p>Text</p></body></html>"),
            "2020-03-18");
  // readers' comments carry their own times; without one next to the headline, the first
  // <time> outside them
  EXPECT_EQ(date_of("<html><body><h1>Dam opens</h1><p>" + kLongText +
                    "</p><p>Posted <time datetime=\"2020-09-20\">20.09.20</time></p><ol "
                    "class=\"comments\"><li><time datetime=\"2020-09-23\">23.09.20</time></li>"
                    "</ol></body></html>"),
            "2020-09-20");
  EXPECT_EQ(date_of("<html><body><h1>Dam opens</h1><p>" + kLongText +
                    "</p><ol class=\"comments\"><li><time datetime=\"2020-09-23\">23.09.20</time>"
                    "</li></ol><p>Updated <time datetime=\"2020-09-21\">21.09.20</time></p>"
                    "</body></html>"),
            "2020-09-21");
}

}  // namespace
}  // namespace news::html
