// Wire copy as it comes: wrapped lines joined, sign-offs blanked, datelines cased, and
// what the recogniser makes of such stories.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "recognizer.hpp"
#include "sign_offs.hpp"
#include "support/wire_story.hpp"
#include "wire_text.hpp"

namespace news::ner {
namespace {

constexpr const char* kWrapped =
    "WASHINGTON, Feb 26 - The Federal Reserve Board said Chairman Paul\n"
    "Volcker told Congress the dollar had fallen far enough against the\n"
    "yen and the mark, and that further declines could hurt growth.\n"
    "    Volcker said the Fed would keep policy steady for now.\n"
    "\n"
    "Table follows\n";

TEST(WireText, JoinsWrappedLinesKeepingEveryOffset) {
  const std::string joined = join_wrapped_lines(kWrapped);
  ASSERT_EQ(joined.size(), std::string(kWrapped).size());
  EXPECT_NE(joined.find("Chairman Paul Volcker told"), std::string::npos);
  EXPECT_NE(joined.find("against the yen"), std::string::npos);
  // An indented line and a blank line start paragraphs.
  EXPECT_NE(joined.find("growth.\n    Volcker"), std::string::npos);
  EXPECT_NE(joined.find("now.\n\nTable follows"), std::string::npos);
  for (std::size_t i = 0; i < joined.size(); ++i) {
    if (joined[i] != kWrapped[i]) {
      EXPECT_EQ(kWrapped[i], '\n') << i;
      EXPECT_EQ(joined[i], ' ') << i;
    }
  }
}

TEST(WireText, AShortLineEndsItsParagraph) {
  // "Reserve" would have fitted after "rose.": the break is the writer's, not a wrap.
  const std::string text =
      "The dollar fell sharply against the yen in Tokyo on Friday, dealers\n"
      "said, and gold rose.\n"
      "Reserve Bank officials declined to comment on the figures at all.\n";
  EXPECT_NE(join_wrapped_lines(text).find("rose.\nReserve"), std::string::npos);
  EXPECT_NE(join_wrapped_lines(text).find("dealers said"), std::string::npos);
}

TEST(WireText, ALongHeadlineDoesNotHideTheWrapping) {
  const std::string text =
      "30 Seconds to Mars (or Thirty Seconds to Mars) is an alternative rock band from Los "
      "Angeles, California, featuring Jared Leto and Shannon Leto.\n"
      "\n"
      "Created in 1998 by Jared Leto and his brother, Shannon, 30 Seconds\n"
      "to Mars began as a small family project. Their first album, produced by Bob\n"
      "Ezrin, was released in 2002 to mixed reviews and achieved sales of\n"
      "just over 100,000.\n";
  EXPECT_NE(join_wrapped_lines(text).find("by Bob Ezrin,"), std::string::npos);
}

TEST(WireText, TextWithLongLinesIsLeftAlone) {
  const std::string text =
      "One sentence a line, as clean text is laid out, with lines far longer than any wire "
      "service would ever send down the line to its clients.\nA second line.\n";
  EXPECT_EQ(join_wrapped_lines(text), text);
  EXPECT_EQ(join_wrapped_lines(""), "");
  EXPECT_EQ(join_wrapped_lines("\n\n"), "\n\n");
}

bool has(const std::vector<std::string>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

TEST(SignOffs, AgencySignOffsCreditsAndContactsAreBlanked) {
  struct Case {
    std::string text;
    std::string want;
  };
  const std::vector<Case> cases = {
      {"Prices rose.\n Reuter\n", "Prices rose.\n       \n"},
      {"Prices rose.\n-- Reuters\n", "Prices rose.\n          \n"},
      {"Jun 13.0, total 55.8 (33.7).   REUTER", "Jun 13.0, total 55.8 (33.7).         "},
      {"Talks ended. (Reporting by Jane Doe; Editing by John Roe)\nNext",
       "Talks ended.                                             \nNext"},
      {"Additional reporting by Jane Doe in Paris\n",
       "                                         \n"},
      {"((jane.doe@example.com; +44 20 7542 1234))\n",
       "                                          \n"},
      // Prose keeps its words: "told Reuters", "rising by", an agency not set apart.
      {"Smith told Reuters.\nShares rising by 10 pct said AP", ""},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    blank_sign_offs(text);
    EXPECT_EQ(text, c.want.empty() ? c.text : c.want) << c.text;
  }
}

TEST(WireText, DatelinePlacesTakeTheirUsualCasing) {
  std::string text =
      "DENVER, Feb 26 - Oil rose.\n"
      "SAO PAULO, March 3 (Reuters) - Coffee fell.\n"
      "PORTLAND, Ore., Feb 26 - Red Lion Inns said.\n"
      "WASHINGTON, Feb 26 - The Washington office said.\n"
      "NEW YORK, Feb 26 - Stocks rose in new trading.\n"
      "OPEC SAYS OUTPUT, PRICES STEADY\n";
  const std::vector<ByteRange> places = case_datelines(text);
  EXPECT_EQ(text,
            "Denver, Feb 26 -\nOil rose.\n"
            "Sao Paulo, March 3           -\nCoffee fell.\n"
            "Portland, Ore., Feb 26 -\nRed Lion Inns said.\n"
            "Washington, Feb 26 -\nThe Washington office said.\n"
            "New York, Feb 26 -\nStocks rose in new trading.\n"
            "OPEC SAYS OUTPUT, PRICES STEADY\n");
  ASSERT_EQ(places.size(), 5U);
  EXPECT_EQ(text.substr(places[1].begin, places[1].end - places[1].begin), "Sao Paulo");
}

// A story as the wire sent it: lines wrapped at 68 columns, a dateline in capitals, the
// sign-off.
constexpr const char* kWireStory = test::kVolckerWireStory;

TEST(NerWire, WrappedNamesDatelinesAndSignOffs) {
  const EntitySets e = Recognizer::english().recognize(kWireStory);
  EXPECT_TRUE(has(e.persons, "Paul Volcker"));
  EXPECT_FALSE(has(e.persons, "Paul"));
  EXPECT_FALSE(has(e.persons, "Reuter"));
  EXPECT_FALSE(has(e.persons, "DENVER"));
  EXPECT_FALSE(has(e.persons, "Denver"));
  EXPECT_TRUE(has(e.places, "Denver"));
  EXPECT_FALSE(has(e.places, "DENVER"));
}

TEST(NerWire, ANameBrokenAtALineEndIsOnePerson) {
  const EntitySets e = Recognizer::english().recognize(
      "LONDON, March 3 - Britain's Chancellor of the Exchequer Nigel\n"
      "Lawson said on Tuesday that sterling was stable and that interest\n"
      "rates would not fall before the budget, his office said here.\n");
  EXPECT_TRUE(has(e.persons, "Nigel Lawson"));
  EXPECT_FALSE(has(e.persons, "Nigel"));
  EXPECT_TRUE(has(e.places, "London"));
}

TEST(NerWire, ACompanyBeforeItsTickerIsNoPerson) {
  const EntitySets e = Recognizer::english().recognize(
      "Chrysler <C> Unit Sells Notes\n\nNEW YORK, March 2 - Chrysler sold notes.\n");
  EXPECT_FALSE(has(e.persons, "Chrysler"));

  const EntitySets cut = Recognizer::english().recognize(
      "Citicorp <Cci> Sec Filing Not Tied To Debt Talks\n\nNEW YORK, March 5 - Citicorp, the "
      "bank holding company, said the filing was routine.\n");
  EXPECT_FALSE(has(cut.persons, "Citicorp <Cci")) << "the ticker is no part of the name";
  EXPECT_FALSE(has(cut.persons, "Citicorp"));
  EXPECT_TRUE(has(cut.orgs, "Citicorp"));

  const EntitySets bracketed = Recognizer::english().recognize(
      "The trust is managed by <Alex. Brown and Sons Inc> and Wagner of Baltimore.\n");
  EXPECT_FALSE(has(bracketed.persons, "Alex. Brown and Sons Inc"));
}

TEST(NerWire, ACompanyInACapitalsHeadlineIsWhatTheStorySays) {
  for (const char* story :
       {"CHRYSLER <C> FEBRUARY U.S. CAR OUTPUT OFF\n\nDETROIT, March 3 - Chrysler Corp said "
        "its U.S. car output fell.\n    Chrysler said output would recover.\n",
        "KODAK <EK> CONTINUES DRIVE INTO NEW MARKETS\n\nNEW YORK, March 3 - Eastman Kodak Co "
        "took several steps today.\n    Kodak made cameras and Kodak also made film.\n"}) {
    const EntitySets e = Recognizer::english().recognize(story);
    EXPECT_FALSE(has(e.persons, "Chrysler")) << story;
    EXPECT_FALSE(has(e.persons, "Kodak")) << story;
    EXPECT_FALSE(has(e.persons, "CHRYSLER")) << story;
  }
}

TEST(NerWire, AnAgencyIsNeverAPerson) {
  const EntitySets e = Recognizer::english().recognize("Talks ended, Reuter said.\n");
  EXPECT_FALSE(has(e.persons, "Reuter"));
}

// Bad input never crashes and never moves a byte: random mixes of wire furniture.
TEST(WireText, ArbitraryTextKeepsItsLengthAndNeverFails) {
  const std::vector<std::string> pieces = {
      "DENVER", ", ",  "Feb 26", " - ",  "\n",       "    ",      "(Reuters)",
      "Reuter", "<C>", "<",      ">",    "Paul",     "Volcker",   "(Reporting by",
      ";",      ")",   "((",     "\xC3", "\xC3\x89", "SAO PAULO", "said",
      ".",      "--",  "'s",     "x"};
  std::uint32_t state = 12345;
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int n = static_cast<int>(state % 40);
    for (int k = 0; k < n; ++k) {
      state = state * 1664525u + 1013904223u;
      text += pieces[(state >> 16) % pieces.size()];
    }
    const WireView view = wire_view(text);
    ASSERT_EQ(view.text.size(), text.size()) << text;
    for (const ByteRange& r : view.dateline_places) {
      ASSERT_LE(r.begin, r.end);
      ASSERT_LE(r.end, text.size());
    }
    Recognizer::english().recognize(text);
  }
}

}  // namespace
}  // namespace news::ner
