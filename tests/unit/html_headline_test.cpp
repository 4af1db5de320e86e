// Headlines from signals every site shares: kicker and subtitle markup inside the <h1>,
// visually hidden headings, and the page's host name as the site's name.
#include <gtest/gtest.h>

#include <string>

#include "html/article_fields.hpp"
#include "html/headline_text.hpp"
#include "html/html_document.hpp"
#include "html/json_ld.hpp"
#include "html/meta_fields.hpp"

namespace news::html {
namespace {

std::string first_h1(const std::string& body) {
  const HtmlDocument doc("<html><body>" + body + "</body></html>");
  return headline_text(doc, doc.find_first(GUMBO_TAG_H1));
}

std::string title_of(const std::string& head, const std::string& body) {
  const HtmlDocument doc("<html><head>" + head + "</head><body>" + body + "</body></html>");
  const PageMeta meta = read_page_meta(doc);
  const JsonLdArticle ld = read_json_ld(meta.json_ld);
  return pick_title(doc, meta, ld, site_name(meta, ld));
}

TEST(HeadlineText, LeavesKickersAndSubtitlesOut) {
  // Arc-style: kicker and headline spans, the headline marked itemprop=headline
  EXPECT_EQ(first_h1("<h1><span class=\"article__subheadline\">Open Data</span><br>"
                     "<span itemprop=\"headline\">Why shared maps beat private ones</span></h1>"),
            "Why shared maps beat private ones");
  // German CMS: "Dachzeile" (kicker) and headline
  EXPECT_EQ(first_h1("<h1> <span class=\"dachzeile\">Nach dem Sturm</span> "
                     "<span class=\"headline\">Bahn fährt wieder bis Lindau</span></h1>"),
            "Bahn fährt wieder bis Lindau");
  // WordPress theme: a <small> kicker inside the itemprop=headline span
  EXPECT_EQ(first_h1("<h1 class=\"entry-title\"><span itemprop=\"headline\"><small>Set of the "
                     "week</small><br>Pyramid of medleys</span></h1>"),
            "Pyramid of medleys");
  // forum thread prefix label, topic label, subtitle after the headline, date in <small>
  EXPECT_EQ(first_h1("<h1><span class=\"label label--blue\">Patch Notes</span>Build 4.47 "
                     "fixes the bridge</h1>"),
            "Build 4.47 fixes the bridge");
  EXPECT_EQ(first_h1("<h1><div class=\"topic-label\">100th birthday</div> A survivor turns "
                     "a hundred</h1>"),
            "A survivor turns a hundred");
  EXPECT_EQ(first_h1("<h1>Fish cakes, hot and fresh <small class=\"article-subtitle\">Welcome "
                     "to the north</small></h1>"),
            "Fish cakes, hot and fresh");
  EXPECT_EQ(first_h1("<h1>Fans return to the stands<br><small>02.02.2022 &bull; News</small>"
                     "</h1>"),
            "Fans return to the stands");
  // a hidden separator between kicker and headline
  EXPECT_EQ(first_h1("<h1><span class=\"kicker\">Zoonoses</span><span aria-hidden=\"true\"> "
                     "&ndash; </span><span>How lost forests spread disease</span></h1>"),
            "How lost forests spread disease");
  // a dropped part leaves a space, not two words run together
  EXPECT_EQ(first_h1("<h1><span>Zoonoses</span><span aria-hidden=\"true\"> &ndash; </span>"
                     "<span>How lost forests spread disease</span></h1>"),
            "Zoonoses How lost forests spread disease");
}

TEST(HeadlineText, KeepsTheWholeHeadingWhenNothingWouldBeLeft) {
  EXPECT_EQ(first_h1("<h1>Plain headline with <em>emphasis</em></h1>"),
            "Plain headline with emphasis");
  EXPECT_EQ(first_h1("<h1><span class=\"subtitle\">Only a kicker</span> Word</h1>"),
            "Only a kicker Word");
}

TEST(HeadlineText, KnowsVisuallyHiddenElements) {
  const HtmlDocument doc(
      "<html><body><h1 class=\"sr-only\">Details</h1><h1 class=\"title\">x</h1></body></html>");
  const int hidden = doc.find_first(GUMBO_TAG_H1);
  EXPECT_TRUE(visually_hidden(doc, hidden));
  EXPECT_FALSE(visually_hidden(doc, doc.node(hidden).end));
}

TEST(HostName, LabelAndNames) {
  EXPECT_EQ(host_label("https://www.jan-grosser.example/x/y"), "jan-grosser");
  EXPECT_EQ(host_label("https://news.harbour.co.uk/story"), "harbour");
  EXPECT_EQ(host_label("http://www3.nhk.or.jp/news/"), "nhk");
  EXPECT_EQ(host_label("not a url"), "");
  EXPECT_TRUE(names_host("jan-grosser.example", "https://www.jan-grosser.example/a"));
  EXPECT_TRUE(names_host("BMAS", "https://www.bmas.example/a"));
  EXPECT_TRUE(names_host("Zoll online", "https://www.zoll.example/a"));
  EXPECT_FALSE(names_host("Zoll raises the tobacco tax again", "https://www.zoll.example/a"));
  EXPECT_FALSE(names_host("Weather", "https://www.zoll.example/a"));
  EXPECT_FALSE(names_host("BMAS", ""));
}

TEST(HtmlTitle, StripsSiteNamesThatTheHostGives) {
  EXPECT_EQ(strip_site_name("BMAS - New rules for vaccination certificates", "",
                            "https://www.bmas.example/x"),
            "New rules for vaccination certificates");
  // "Site » Section » Headline"
  EXPECT_EQ(strip_site_name("Disfunctions.example » Blog Archive » Podcasts in Plex", "",
                            "https://disfunctions.example/2020/podcasts"),
            "Podcasts in Plex");
  // "Headline – Section – Site"
  EXPECT_EQ(strip_site_name("Dam opens after ten years – Local – Valley Times", "Valley Times"),
            "Dam opens after ten years");
  // a topic before ": " is part of the headline
  EXPECT_EQ(strip_site_name("Zoll: Corona: tobacco tax delayed", "", "https://zoll.example/a"),
            "Corona: tobacco tax delayed");
}

TEST(HtmlTitle, ComparesTitlesAcrossUnicodePunctuation) {
  EXPECT_EQ(alnum_key("DaF Blog \xE2\x80\x93 MMF3\xC2\xA0Spring \xC2\xAB"
                      "08\xC2\xBB\xE2\x80\xA6"),
            "dafblogmmf3spring08");
  EXPECT_EQ(alnum_key("Stra\xC3\x9F"
                      "e"),
            "stra\xC3\x9F"
            "e");  // letters stay
}

TEST(HtmlTitle, KnowsTitlesEndingWithTheSite) {
  const char* url = "https://www.vinosytapas.example/rioja";
  EXPECT_TRUE(
      title_ends_with_site("Rioja, Spain - Iberian wines - Vinos Y Tapas and Friends", "", url));
  EXPECT_TRUE(title_ends_with_site("Rioja | Wine Shop", "Wine Shop", ""));
  EXPECT_FALSE(title_ends_with_site("Rioja, Spain - Iberian wines", "", url));
  EXPECT_EQ(strip_named_site("Rioja - Iberian wines | Wine Shop", "Wine Shop", ""),
            "Rioja - Iberian wines");
}

TEST(HtmlTitle, UsesGeneralSignalsAmongHeadings) {
  const std::string canonical = "<link rel=canonical href=\"https://www.l-mag.example/news/1\">";
  // a logo <h1> that is the host's name is not the headline
  EXPECT_EQ(title_of(canonical + "<title>Remembrance day: stones laid for two women</title>",
                     "<h1>L-Mag</h1>"),
            "Remembrance day: stones laid for two women");
  // a heading for screen readers only is not the headline
  EXPECT_EQ(title_of("<title>#RieslingBirthday posts win prizes</title>",
                     "<h1 class=\"sr-only\">Details</h1>"),
            "#RieslingBirthday posts win prizes");
  // of several <h1>s that <title> holds, the longest: a section heading is not the headline
  EXPECT_EQ(title_of("<title>Customs online - Notices - New tobacco tax act published</title>",
                     "<h1>Customs</h1><h1>Notices</h1><h1>New tobacco tax act published</h1>"),
            "New tobacco tax act published");
  // a logo <h1> known by the host of the site's own feed link when there is no canonical
  EXPECT_EQ(title_of("<link rel=alternate type=application/rss+xml "
                     "href=\"https://www.l-mag.example/rss.xml\"><title>Stones laid for two "
                     "women</title>",
                     "<h1>L-Mag</h1>"),
            "Stones laid for two women");
  // the headline at the start of <title>, the site at its end: the <h1> is the headline
  EXPECT_EQ(title_of("<link rel=canonical href=\"https://vinosytapas.example/rioja\"><title>Rioja, "
                     "Spain - Iberian wines in Berlin - Vinos Y Tapas und Vinho</title>",
                     "<h1>Rioja, Spain</h1>"),
            "Rioja, Spain");
  // an og:title that <title> continues is the whole headline: no part of it is guessed to be
  // a site name
  EXPECT_EQ(
      title_of("<meta property=og:title content=\"Corona report of 22 April \xE2\x80\x93 what "
               "is the government waiting for\"><title>Corona report of 22 April \xE2\x80\x93 "
               "what is the government waiting for \xE2\x80\x93 THE AXIS OF GOOD. "
               "AXIS.EXAMPLE</title>",
               ""),
      "Corona report of 22 April \xE2\x80\x93 what is the government waiting for");
  // an <h1> naming the site by og:site_name written with other dashes and spaces
  EXPECT_EQ(title_of("<meta property=og:site_name content=\"DaF Blog -  Spring 08\"><meta "
                     "property=og:title content=\"Giving advice\"><title>Giving advice | DaF "
                     "Blog -  Spring 08</title>",
                     "<h1>DaF Blog &#8211; Spring 08</h1>"),
            "Giving advice");
  // "Headline | Site" with og:title "Headline": a long site <h1> is still the site's name
  EXPECT_EQ(
      title_of("<meta property=og:title content=\"All things have their time...\">"
               "<title>All things have their time\xE2\x80\xA6 | Market for a good life</title>",
               "<h1>Market for a good life</h1><h1>All things have their time&#8230;</h1>"),
      "All things have their time\xE2\x80\xA6");
  // a kicker span inside the <h1>, metadata holding kicker and headline
  EXPECT_EQ(title_of("<title>After the easing: car dealers expect a slow start | MDR.EXAMPLE"
                     "</title>",
                     "<h1><span class=\"dachzeile\">After the easing</span> <span "
                     "class=\"headline\">car dealers expect a slow start</span></h1>"),
            "car dealers expect a slow start");
}

}  // namespace
}  // namespace news::html
