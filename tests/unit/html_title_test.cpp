// Choosing the title among the <h1> elements and the metadata titles.
#include <gtest/gtest.h>

#include <string>

#include "html/article_fields.hpp"
#include "html/html_document.hpp"
#include "html/json_ld.hpp"
#include "html/meta_fields.hpp"

namespace news::html {
namespace {

std::string title_of(const std::string& head, const std::string& body) {
  const HtmlDocument doc("<html><head>" + head + "</head><body>" + body + "</body></html>");
  const PageMeta meta = read_page_meta(doc);
  const JsonLdArticle ld = read_json_ld(meta.json_ld);
  return pick_title(doc, meta, ld, site_name(meta, ld));
}

TEST(HtmlTitle, PicksTheHeadlineAmongTitles) {
  struct Case {
    const char* head;
    const char* body;
    const char* title;
  };
  const Case cases[] = {
      // an <h1> the metadata title holds wins, whatever the separators
      {"<title>Dam opens after ten years – an update | Valley Times</title>",
       "<h1>Dam opens after ten years – an update</h1>", "Dam opens after ten years – an update"},
      // a logo <h1> (the site's name) is passed over for the one the metadata holds
      {"<title>Need for Speed – Thinking Aloud</title>"
       "<meta property=og:title content=\"Need for Speed\">",
       "<h1>Thinking Aloud</h1><h1>Need for Speed</h1><h1>Post navigation</h1>", "Need for Speed"},
      // the site's part of <title> is known from the logo <h1> and stripped
      {"<title>Beef liver with apple and onion | Love Goes Through The Stomach</title>",
       "<h1>Love Goes Through The Stomach</h1>", "Beef liver with apple and onion"},
      {"<title>radio days » Number two: Leo</title>", "<h1>radio days</h1>", "Number two: Leo"},
      // a kicker before the headline in the <h1>
      {"<meta property=og:title content=\"Drinks by boat to the city centre\">",
       "<h1><span>Olympics in Paris</span> Drinks by boat to the city centre</h1><h1>More</h1>",
       "Drinks by boat to the city centre"},
      // a single <h1> that the metadata does not hold (the metadata names a section)
      {"<title>About Us - Shabka</title>", "<h1>The strategic Think &amp; Do Tank</h1>",
       "The strategic Think & Do Tank"},
      // several <h1>s, none like the metadata: the metadata title
      {"<meta property=og:title content=\"Radon in the ground: a new map\">",
       "<h1>Navigation and service</h1><h1>Federal Office</h1>", "Radon in the ground: a new map"},
      // an SEO variant of the <h1> in the metadata
      {"<meta property=og:title content=\"Brexit: war of nerves enters next round\">",
       "<h1>The war of nerves over Brexit enters the next round</h1><h1>Menu</h1>",
       "The war of nerves over Brexit enters the next round"},
      // character references escaped twice in metadata
      {"<meta property=og:title content=\"&amp;#8222;No&amp;#8220;: they part\">", "",
       "\xE2\x80\x9ENo\xE2\x80\x9C: they part"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(title_of(c.head, c.body), c.title) << c.head << c.body;
  }
}

}  // namespace
}  // namespace news::html
