// The exact comparison behind near-duplicate clusters: copies of a story with the edits wire
// copies carry are one story; distinct stories, even formulaic ones that differ only in
// figures or in whose notice they are, stay apart.
#include <gtest/gtest.h>

#include "enrich/near_duplicate_signature.hpp"
#include "enrich/story_text.hpp"
#include "near_duplicates.hpp"
#include "support/source_files.hpp"

namespace news {
namespace {

using schema::kSameStorySimilarity;

constexpr const char* kStory =
    "Harbour officials in Gdansk said on Tuesday that dock workers ended a two-day strike "
    "over overtime pay after the port authority agreed to review the rota before the grain "
    "season begins in early summer.";
// Three words corrected: exact similarity 0.57, but the signatures estimate 0.42.
constexpr const char* kStoryCorrected =
    "Harbour officials in Gdansk said late Tuesday that dock staff ended a two-day strike "
    "over extra pay after the port authority agreed to review the rota before the grain "
    "season begins in early summer.";

double similarity(std::string_view a, std::string_view b, std::string_view title_a = "T",
                  std::string_view title_b = "T") {
  return story_similarity(story_text(title_a, a), story_text(title_b, b));
}

TEST(StoryWords, DropSignOffsCreditsAndAClosingAgencyName) {
  const std::vector<std::string> words = {"prices", "rose", "reuters", "said"};
  EXPECT_EQ(story_words("Prices rose, Reuters said.\n Reuter\n"), words);
  EXPECT_EQ(story_words("Prices rose, Reuters said. Reuter"), words);
  EXPECT_EQ(story_words("Prices rose, Reuters said.\n(Reporting by Jane Doe; Editing by John "
                        "Roe)\n((jane.doe@example.com))"),
            words);
  EXPECT_EQ(story_words("Prices rose,\nReuters said.\n-- AP"), words);
  EXPECT_TRUE(story_words("").empty());
  EXPECT_TRUE(story_words("Reuter").empty());
}

TEST(StorySimilarity, WireCopyEditsOfALongStoryAreOneStory) {
  const std::string story = kStory;
  const std::vector<std::string> copies = {
      story + "\n Reuter\n",
      story + "\n(Additional reporting by Ann Smith in London)",
      "Harbour officials in Gdansk said on Tuesday that dock workers\nended a two-day strike "
      "over overtime pay after the\nport authority agreed to review the rota before the\n"
      "grain season begins in early summer. Reuter",
      kStoryCorrected,
  };
  for (const std::string& copy : copies) {
    EXPECT_GE(similarity(story, copy, "DOCK STRIKE ENDS", "UPDATE 1-DOCK STRIKE ENDS"),
              kSameStorySimilarity)
        << copy;
  }
}

TEST(StorySimilarity, IsExactWhereTheSignatureEstimateMissesTheThreshold) {
  // Regression: copies of short stories whose signatures estimated below the threshold
  // were split although their texts are one story.
  EXPECT_LT(schema::signature_similarity(near_duplicate_signature(kStory),
                                         near_duplicate_signature(kStoryCorrected)),
            kSameStorySimilarity);
  EXPECT_NEAR(similarity(kStory, kStoryCorrected), 24.0 / 42.0, 1e-9);
}

// `n` made-up words.
std::string more_words(std::size_t n) {
  std::string text;
  for (std::size_t i = 0; i < n; ++i) {
    text += {' ', 'z', char('a' + i / 26), char('a' + i % 26)};
  }
  return text;
}

TEST(StorySimilarity, AVersionExtendedByUpToOneAndAHalfTimesIsOneStory) {
  // kStory has 33 shingles: 45 words more make 80 (Jaccard 0.41, all of kStory in it), 60
  // words more make 95 (kStory is then only 0.35 of the longer text: a follow-up quoting it).
  const std::string update = std::string(kStory) + more_words(45);
  EXPECT_EQ(similarity(kStory, update), kSameStorySimilarity);
  EXPECT_EQ(similarity(update, kStory), kSameStorySimilarity);
  // Three words corrected as well: only 24 of its 33 shingles are in the update.
  EXPECT_LT(similarity(kStoryCorrected, update), kSameStorySimilarity);
  EXPECT_LT(similarity(kStory, std::string(kStory) + more_words(60)), kSameStorySimilarity);
}

TEST(StorySimilarity, StoriesOnTheSameEventStayApart) {
  const std::string talks = test::read_source_file("sample_corpus/pakistan-afghanistan-talks.txt");
  const std::string traders =
      test::read_source_file("sample_corpus/world/2025-10-29-torkham-traders-stranded.txt");
  ASSERT_FALSE(talks.empty());
  ASSERT_FALSE(traders.empty());
  EXPECT_LT(similarity(talks, traders), 0.1);
  EXPECT_LT(similarity(kStory, talks), 0.1);
}

TEST(StorySimilarity, TemplateStoriesWithOtherFiguresStayApart) {
  const std::string a =
      "Acme Corp said first quarter net profit rose to 12.5 mln dlrs or 41 cts a share from "
      "9.8 mln dlrs or 33 cts a year earlier on sales of 140.2 mln dlrs against 131.7 mln.";
  const std::string b =
      "Acme Corp said first quarter net profit rose to 10.1 mln dlrs or 52 cts a share from "
      "7.7 mln dlrs or 40 cts a year earlier on sales of 98.6 mln dlrs against 91.9 mln.";
  EXPECT_LT(similarity(a, b), kSameStorySimilarity);
}

TEST(StorySimilarity, ShortBodiesNearExactWithTheSameHeadlineAreOneStory) {
  const std::string notice = "Qtly div 11 cts vs 11 cts prior Pay April 14 Record March 17";
  const std::string title = "ACME CORP <ACM> SETS QUARTERLY";
  EXPECT_GE(similarity(notice, notice, title, title), kSameStorySimilarity);
  EXPECT_GE(similarity(notice, notice + "\n Reuter\n", title, "UPDATE 1-" + title),
            kSameStorySimilarity);
  EXPECT_GE(similarity(notice, "Quarterly div 11 cts vs 11 cts prior Pay April 14 Record March 17",
                       title, "CORRECTED-ACME CORP SETS QUARTERLY"),
            kSameStorySimilarity);
  EXPECT_GE(
      similarity("The central bank left its discount rate unchanged at three pct.",
                 "The central bank left its discount rate unchanged at three pct today.", "", ""),
      kSameStorySimilarity);
}

TEST(StorySimilarity, ShortBodiesThatDifferInAFigureOrInWhoseNoticeStayApart) {
  const std::string notice = "Qtly div 11 cts vs 11 cts prior Pay April 14 Record March 17";
  const std::string title = "ACME CORP <ACM> SETS QUARTERLY";
  // Another figure: another notice.
  EXPECT_EQ(similarity(notice, "Qtly div 12 cts vs 11 cts prior Pay April 14 Record March 17",
                       title, title),
            0.0);
  // The same figures from another company.
  EXPECT_EQ(similarity(notice, notice, title, "BETA CORP <BET> SETS QUARTERLY"), 0.0);
  // Two words changed in 13.
  EXPECT_EQ(similarity(notice, "Annual div 11 cts vs 11 cts before Pay April 14 Record March 17",
                       title, title),
            0.0);
  // Too short to tell a copy from a template.
  EXPECT_EQ(similarity("Blah blah blah.", "Blah blah blah."), 0.0);
  EXPECT_EQ(similarity("Shr 10 cts vs 12 cts Net 1 mln", "Shr 10 cts vs 12 cts Net 1 mln"), 0.0);
  // A short body and a long one that starts the same way.
  EXPECT_EQ(similarity(notice, std::string(notice) + " " + kStory, title, title), 0.0);
}

TEST(StorySimilarity, BadInputDoesNotThrow) {
  EXPECT_EQ(similarity("", ""), 0.0);
  EXPECT_EQ(similarity("\xff\xfe\xc3", "\xff\xfe\xc3"), 0.0);
  EXPECT_GE(similarity(std::string(kStory) + "\xff", kStory), kSameStorySimilarity);
}

}  // namespace
}  // namespace news
