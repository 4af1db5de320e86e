// Site chrome and headline detection on the shapes saved pages take.
#include <gtest/gtest.h>

#include "text/site_chrome.hpp"
#include "text/title_detection.hpp"

namespace news {
namespace {

struct ChromeCase {
  const char* line;
  bool chrome;
};

class SiteChrome : public ::testing::TestWithParam<ChromeCase> {};

TEST_P(SiteChrome, Classifies) {
  EXPECT_EQ(is_site_chrome(GetParam().line), GetParam().chrome) << GetParam().line;
}

INSTANTIATE_TEST_SUITE_P(
    Lines, SiteChrome,
    ::testing::Values(
        ChromeCase{"Search", true}, ChromeCase{"Saved articles", true},
        ChromeCase{"You have not yet added any article to your bookmarks!", true},
        ChromeCase{"Browse articles", true}, ChromeCase{"  MENU  ", true},
        ChromeCase{"Skip to content", true}, ChromeCase{"Sign in", true},
        ChromeCase{"Subscribe now »", true}, ChromeCase{"Advertisement", true},
        ChromeCase{"Share this article", true}, ChromeCase{"Most read", true},
        ChromeCase{"We use cookies to improve your experience. Accept cookies", true},
        ChromeCase{"© 2025 Example Media. All rights reserved.", true}, ChromeCase{"", false},
        ChromeCase{"Search teams found the wreck on Tuesday", false},
        ChromeCase{"Pakistan Warns Taliban: Attacks from Afghan Soil Would Trigger Retaliation",
                   false},
        ChromeCase{"Home Secretary resigns", false}));

TEST(Headline, RejectsBylinesDatesAndSingleWords) {
  EXPECT_FALSE(looks_like_headline("By Jane Doe"));
  EXPECT_FALSE(looks_like_headline("October 29, 2025"));
  EXPECT_FALSE(looks_like_headline("Politics"));
  EXPECT_FALSE(looks_like_headline("   "));
  EXPECT_TRUE(looks_like_headline("Central bank holds interest rates"));
}

TEST(Headline, SkipsBlankLinesAndTakesTheFirstHeadline) {
  const std::vector<std::string> lines = {"", "By Jane Doe", "Central bank holds rates", "Body"};
  EXPECT_EQ(find_headline(lines), std::optional<std::size_t>(2));
}

TEST(Headline, NoneAmongParagraphs) {
  const std::string paragraph(400, 'a');
  EXPECT_EQ(find_headline({paragraph + " b c"}), std::nullopt);
}

TEST(ShortenTitle, CutsLongLinesAtAWord) {
  std::string line;
  for (int i = 0; i < 100; ++i) {
    line += "word ";
  }
  const std::string title = shorten_title(line);
  EXPECT_LE(title.size(), kMaxTitleBytes + 3);
  EXPECT_TRUE(title.ends_with("word\xE2\x80\xA6")) << title;
  EXPECT_EQ(shorten_title("  Short title  "), "Short title");
}

TEST(Byline, ReadsByLines) {
  EXPECT_EQ(byline_of("By Jane Doe"), "Jane Doe");
  EXPECT_EQ(byline_of("BY JANE DOE | October 29, 2025"), "JANE DOE");
  EXPECT_EQ(byline_of("By Jane Doe and John Roe, Reuters"), "Jane Doe and John Roe");
  EXPECT_EQ(byline_of("by the way, nobody came"), "");
  EXPECT_EQ(byline_of("Bystanders fled"), "");
}

}  // namespace
}  // namespace news
