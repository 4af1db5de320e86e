// Bylines written only as text, placeholders and organisation bylines.
#include <gtest/gtest.h>

#include <string>

#include "html/article_fields.hpp"
#include "html/byline_cleanup.hpp"
#include "html/html_document.hpp"
#include "html/json_ld.hpp"
#include "html/meta_fields.hpp"

namespace news::html {
namespace {

struct Case {
  const char* page;
  const char* byline;
};

TEST(TextByline, FindsNamesIntroducedByLeadIns) {
  const Case cases[] = {
      {"<h1>Dam opens</h1><p><span>| By </span><span>Cara Stiles</span> | May 2</p>",
       "Cara Stiles"},
      {"<h1>Dam opens</h1><h4>By Jane Doe | 12/10/2020</h4>", "Jane Doe"},
      {"<h1>Dam opens</h1><h5>Autor: </h5>Peter Miller/SP-X<br>", "Peter Miller/SP-X"},
      {"<h1>Dam opens</h1><h4>Autor</h4><p><a href=/p>Nina Huber</a></p>", "Nina Huber"},
      {"<h1>Dam opens</h1><p><em>Text von Carl Berg &nbsp; &nbsp;Illustration von Max Roth</em>",
       "Carl Berg"},
      {"<h1>Dam opens</h1><p>Blog Beitrag von Rita Koren</p>", "Rita Koren"},
      {"<h1>Dam opens</h1><span>06.11.2023 13:30 von Olga </span>", "Olga"},
      {"<h1>Dam</h1><p>(last edited 2019-11-10 by <span><a href=/u>MatsW</a></span>)</p>", "MatsW"},
      {"<h1>Dam opens</h1><p>Auf den Spuren von Rafael Nadal</p>", ""},
      {"<h1>Dam opens</h1><a href=/x>Ein Stick von Berkley</a>", ""},
      {"<h1>Dam opens</h1><footer>Powered by <a href=/wp>WordPress</a></footer>", ""},
      {"<h1>Dam opens</h1><p>by clicking accept you agree</p>", ""},
      {"<h1>Dam opens</h1><p>\xC2\xA9 2020, background by <a href=/n>Noah Brad</a></p>", ""},
  };
  for (const Case& c : cases) {
    const HtmlDocument doc(c.page);
    EXPECT_EQ(byline_from_text(doc, "Example News"), c.byline) << c.page;
  }
}

TEST(Byline, RejectsPlaceholders) {
  for (const char* raw : {"admin", "wordpressadmin", "No Author", "Posted", "Follow",
                          "Name (erforderlich)", "Art Edwards says"}) {
    EXPECT_EQ(clean_byline(raw, ""), "") << raw;
  }
  EXPECT_EQ(clean_byline("By Jane Doe", ""), "Jane Doe");
}

TEST(Byline, TellsOrganisationsFromPersons) {
  struct OrgCase {
    const char* byline;
    bool organisation;
  };
  const OrgCase cases[] = {
      {"LN", true},           {"example.at", true}, {"Makronom", true},
      {"Example News", true}, {"Jane Doe", false},  {"delta201", false},
  };
  for (const OrgCase& c : cases) {
    EXPECT_EQ(organisation_like(c.byline, "Example News", "https://www.makronom.de/a"),
              c.organisation)
        << c.byline;
  }
}

TEST(Byline, PrefersAPersonOverAnOrganisationInMetadata) {
  const HtmlDocument doc(
      "<html><head><meta name=author content=\"LN\"></head><body><h1>Dam opens</h1>"
      "<small itemprop=author>von <span itemprop=name>Alex Karper</span></small></body></html>");
  const PageMeta meta = read_page_meta(doc);
  EXPECT_EQ(pick_byline(doc, meta, read_json_ld(meta.json_ld), ""), "Alex Karper");
}

TEST(Byline, TakesAPersonItemAfterALeadIn) {
  const Case cases[] = {
      // the author after "Von"; the people the article mentions are Person items too
      {"<h1>Dam opens</h1><p><span itemscope itemtype=\"http://schema.org/Person\">Ina Roth"
       "</span> spoke.</p><p><em>Von <span itemscope itemtype=\"http://schema.org/Person\">"
       "<meta itemprop=name content=\"Cosima Berg\">Cosima Berg</span></em></p>",
       "Cosima Berg"},
      // a Person item without a lead-in is no byline
      {"<h1>Dam opens</h1><p>Mayor <span itemscope itemtype=\"https://schema.org/Person\">"
       "Ina Roth</span> spoke.</p>",
       ""},
  };
  for (const Case& c : cases) {
    const HtmlDocument doc(std::string("<html><head><meta name=author content=\"LN\"></head>"
                                       "<body>") +
                           c.page + "</body></html>");
    const PageMeta meta = read_page_meta(doc);
    const std::string byline = pick_byline(doc, meta, read_json_ld(meta.json_ld), "");
    EXPECT_EQ(byline == "LN" ? "" : byline, c.byline) << c.page;
  }
}

TEST(Byline, AnAgencyInASourceLineBeatsTheSitesOwnName) {
  const Case cases[] = {
      {"<h1>Dam opens</h1><p>Text.</p><p>Quelle: <a href=/k>kathpress</a></p>", "kathpress"},
      {"<h1>Dam opens</h1><p>Text.</p><p><em>Quelle: MDR THÜRINGEN/ls</em></p>",
       "MDR THÜRINGEN/ls"},
      // picture credits and dated lines are no source lines
      {"<h1>Dam opens</h1><p>Quelle: Foto Max Roth</p><p>Source: AP, 2 May 2021</p>", "example.at"},
  };
  for (const Case& c : cases) {
    const HtmlDocument doc(std::string("<html><head><meta name=author content=\"example.at\">"
                                       "</head><body>") +
                           c.page + "</body></html>");
    const PageMeta meta = read_page_meta(doc);
    EXPECT_EQ(pick_byline(doc, meta, read_json_ld(meta.json_ld), ""), c.byline) << c.page;
  }
}

}  // namespace
}  // namespace news::html
