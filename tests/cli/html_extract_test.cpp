// End to end: `newsindex --extract` on the HTML pages of sample_corpus/html gives each
// page's title, date (and where it came from), byline, source, URL and article text, and
// none of the chrome around it.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_support.hpp"

namespace news::test {
namespace {

struct ExpectedPage {
  const char* file;
  const char* title;
  const char* date;
  const char* date_source;
  const char* byline;
  const char* source;
  const char* url;
  const char* body_start;
  std::vector<const char*> not_in_body;  // chrome of the page
};

const std::vector<ExpectedPage> kPages = {
    {"valley-times-dam.html",
     "Millbrook dam opens after ten years of delays",
     "2024-04-17",
     "metadata",
     "Rosalind Ortega",
     "The Valley Times",
     "https://www.valleytimes.example/news/2024/04/17/millbrook-dam-opens/",
     "The Millbrook dam finally opened on Wednesday evening",
     {"cookies", "Share on Facebook", "Related stories", "Reservoir footpath", "forty million",
      "Most read", "newsletter", "All rights reserved", "Advertisement", "Tagged", "Home"}},
    {"harbour-gazette-ferry.html",
     "Night ferry to Skerry Island cancelled for the winter",
     "2023-11-02",
     "metadata",
     "Thomas Brannigan",
     "Harbour Gazette",
     "https://harbourgazette.example/node/55120",
     "Islanders say the decision leaves them without an evening link to the mainland.\n\nThe last "
     "ferry of the day between Port Anvil and Skerry Island",
     {"Skip to main content", "Fishing", "WhatsApp", "More from Islands", "school roof",
      "in your inbox", "Anvil Media Cooperative", "Tags"}},
    {"bergpost-lawinen.html",
     "Lawinengefahr im Oberen Tal steigt wieder",
     "2024-03-12",
     "text",
     "Anna Berger",
     "",
     "",
     "Nach den kräftigen Schneefällen vom Wochenende hat der Lawinenwarndienst",
     {"Cookies", "Artikel teilen", "Pistenraupe", "Wetter heute", "Impressum", "Von Anna"}},
    {"pedal-notes-bike-lanes.html",
     "What the new bike lanes on Carver Street got right",
     "2023-06-14",
     "url",
     "Ines Carvalho",
     "",
     "https://pedalnotes.example/2023/06/14/carver-street-bike-lanes.html",
     "I have ridden the new Carver Street lanes twice a day",
     {"Sign in", "Posted by", "Email This", "Labels", "Anonymous said", "proper lake", "Newer Post",
      "Blog Archive", "steel tourer", "Powered by"}},
    {"lakeside-courier-school.html",
     "Lakeside primary school to stay open after parents' campaign",
     "2022-09-08",
     "metadata",
     "Priya Raman",
     "Lakeside Courier",
     "https://www.lakesidecourier.example/Article.aspx?id=90417",
     "Lakeside Primary School will not close next summer after all.",
     {"serving the lake towns", "Notices", "Farming", "Education Reporter", "Print this story",
      "Readers' comments", "Brilliant news", "Reproduction without permission"}},
    {"northfield-ledger-water.html",
     "Water rates in Northfield to rise 6% as pipes are replaced",
     "2021-02-26",
     "metadata",
     "Daniel Osei; Lena Fischer",
     "Northfield Ledger",
     "https://northfieldledger.example/local/water-rates-rise-pipes",
     "Northfield households will pay about six per cent more for water from July",
     {"partners use cookies", "Subscribe for", "Obituaries", "By Daniel Osei", "Read more",
      "Boil-water notice", "Copy link", "Most popular", "Diner on Route 9", "All rights"}},
    // Pages shaped like sites the rules were not developed on: only general signals decide.
    {"coastline-daily-harbour-wall.html",
     "Storm-damaged harbour wall to be rebuilt by spring",
     "2024-02-09",
     "metadata",
     "Maeve Donnelly",
     "Coastline Daily",
     "https://www.coastlinedaily.example/news/2024/02/09/harbour-wall-rebuilt/",
     "The harbour wall at Porthkerris, breached by the January storm",
     {"Porthkerris\n", "Coast reporter", "Advertisement", "Share on", "Most read",
      "Ferry timetable", "Privacy notice", "Subscribe"}},
    {"quarry-lane-allotment-frost.html",
     "Allotment diary: the first frost",
     "2023-11-19",
     "metadata",
     "Marta Quill",
     "Quarry Lane",
     "https://quarrylane.example/2023/11/allotment-diary-first-frost/",
     "The first proper frost came on Thursday night",
     {"Skip to content", "windy hill", "Posted on", "Colin Ashworth", "cosmos", "Leave a Reply",
      "Recent Posts", "Proudly powered"}},
    {"fernhill-gazette-library-hours.html",
     "Library opening hours extended into the evening",
     "2023-03-27",
     "metadata",
     "Oluwaseun Adebayo",
     "",
     "https://www.fernhillgazette.example/libraries/library-opening-hours-extended",
     "Fernhill's three public libraries will stay open until eight in the evening",
     {"Skip to main content", "Main navigation", "Reporting by", "Tags", "Gwen P.", "About time",
      "Community Media"}},
    {"tidewater-notes-saltmarsh.html",
     "Counting waders on the saltmarsh at dawn",
     "2022-10-02",
     "metadata",
     "Hanne Lindqvist",
     "",
     "",
     "The tide turned at twenty past six",
     {"Archive", "Responses", "Tom Birch", "static site generator"}},
    {"northgate-press-bus-depot.html",
     "Council approves new bus depot",
     "2023-05-12",
     "text",
     "Sam Okafor and Ruth Lee",
     "Northgate Press",
     "",
     "Plans for a bus depot on the former gasworks site off Mill Road",
     {"Home >", "By Sam Okafor", "Friday 12 May", "Your views", "Greg Holt", "Most read",
      "Copyright"}},
};

// The extracted articles of sample_corpus/html, by file name (README.md left out).
std::map<std::string, nlohmann::json> extract_html_folder() {
  const CommandResult r = newsindex({"--extract", (sample_corpus() / "html").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::map<std::string, nlohmann::json> by_file;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    const nlohmann::json j = nlohmann::json::parse(line);
    const std::string path = j.at("path").get<std::string>();
    by_file[path.substr(path.rfind('/') + 1)] = j;
  }
  return by_file;
}

TEST(HtmlExtract, EveryPageGivesItsFieldsAndOnlyTheArticleText) {
  const std::map<std::string, nlohmann::json> pages = extract_html_folder();
  for (const ExpectedPage& want : kPages) {
    SCOPED_TRACE(want.file);
    ASSERT_TRUE(pages.contains(want.file));
    const nlohmann::json& got = pages.at(want.file);
    EXPECT_EQ(got["title"], want.title);
    EXPECT_EQ(got["date"].get<std::string>().substr(0, 10), want.date);
    EXPECT_EQ(got["date_source"], want.date_source);
    EXPECT_EQ(got["byline"], want.byline);
    EXPECT_EQ(got["source"], want.source);
    EXPECT_EQ(got["url"], want.url);
    const std::string body = got["body"].get<std::string>();
    EXPECT_TRUE(body.starts_with(want.body_start)) << body.substr(0, 200);
    EXPECT_NE(body.find("\n\n"), std::string::npos) << "paragraphs are separated";
    for (const char* chrome : want.not_in_body) {
      EXPECT_EQ(body.find(chrome), std::string::npos) << "chrome in body: " << chrome;
    }
  }
}

TEST(HtmlExtract, JsonLdEntitiesAreTakenAsGiven) {
  const std::map<std::string, nlohmann::json> pages = extract_html_folder();
  const nlohmann::json& ledger = pages.at("northfield-ledger-water.html");
  EXPECT_EQ(ledger["persons"], nlohmann::json::array({"Carla Mendes"}));
  EXPECT_EQ(ledger["orgs"], nlohmann::json::array({"Northfield Water Board"}));
  EXPECT_EQ(ledger["places"], nlohmann::json::array({"Northfield"}));
}

TEST(HtmlExtract, LegacyCharsetIsDecoded) {
  const std::map<std::string, nlohmann::json> pages = extract_html_folder();
  const std::string body = pages.at("bergpost-lawinen.html")["body"].get<std::string>();
  EXPECT_NE(body.find("„Der Triebschnee"), std::string::npos) << body;
  EXPECT_NE(body.find("Straße"), std::string::npos);
}

}  // namespace
}  // namespace news::test
