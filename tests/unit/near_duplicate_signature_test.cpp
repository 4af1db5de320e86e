// The near-duplicate signature: copies of a wire story (re-wrapped, a corrected word, a
// sign-off, another case) keep most minima; different stories, even on the same event,
// share almost none. And how the schema stores it.
#include <gtest/gtest.h>

#include "enrich/near_duplicate_signature.hpp"
#include "near_duplicates.hpp"
#include "support/source_files.hpp"

namespace news {
namespace {

using schema::signature_similarity;

constexpr const char* kStory =
    "The Federal Reserve Board said Monday Chairman Paul Volcker told bankers the dollar "
    "had fallen far enough against the yen and the mark, and that further declines could "
    "hurt growth in the United States and abroad, officials in Denver reported. Volcker "
    "spoke to bankers at a conference of the American Bankers Association in the city, "
    "organisers said. He added that the central banks of the major industrial nations "
    "would keep cooperating to foster exchange rate stability around current levels.";

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

TEST(NormalisedWords, FoldCaseAndDropPunctuationAndSpacing) {
  EXPECT_EQ(
      normalised_words("Straße, STRASSE!\n  the  U.S.-led  «Plan» ΑΘΗΝΑ"),
      (std::vector<std::string>{"straße", "strasse", "the", "u", "s", "led", "plan", "αθηνα"}));
  EXPECT_EQ(normalised_words("Résumé 1987 — 12.5%"),
            (std::vector<std::string>{"résumé", "1987", "12", "5"}));
  EXPECT_TRUE(normalised_words(" \n\t...").empty());
  EXPECT_EQ(normalised_words("caf\xc3\xa9\xff\xfe"
                             "bar"),
            (std::vector<std::string>{"café", "bar"}));
}

TEST(NearDuplicateSignature, SameWordsGiveTheSameSignature) {
  const auto original = near_duplicate_signature(kStory);
  ASSERT_EQ(original.size(), schema::kMinHashCount);
  const std::string rewrapped = replace_all(replace_all(kStory, " the ", "\nthe "), ",", " ,");
  EXPECT_EQ(near_duplicate_signature(rewrapped), original);
  std::string upper(kStory);
  for (char& c : upper) {
    c = char(std::toupper(static_cast<unsigned char>(c)));
  }
  EXPECT_EQ(near_duplicate_signature(upper), original);
}

TEST(NearDuplicateSignature, WireCopyEditsStayAboveTheThreshold) {
  const auto original = near_duplicate_signature(kStory);
  const std::vector<std::string> copies = {
      replace_all(kStory, "Monday", "Tuesday"),
      std::string(kStory) + "\n Reuter\n",
      std::string("DENVER, Feb 26 - ") + kStory + "\n(Reporting by Jane Doe; Editing by John Roe)",
      replace_all(replace_all(kStory, "far enough", "far"), "officials", "bank officials"),
  };
  for (const std::string& copy : copies) {
    EXPECT_GE(signature_similarity(original, near_duplicate_signature(copy)),
              schema::kSameStorySimilarity)
        << copy;
  }
}

TEST(NearDuplicateSignature, StoriesOnTheSameEventStayApart) {
  const std::string talks = test::read_source_file("sample_corpus/pakistan-afghanistan-talks.txt");
  const std::string traders =
      test::read_source_file("sample_corpus/world/2025-10-29-torkham-traders-stranded.txt");
  ASSERT_FALSE(talks.empty());
  ASSERT_FALSE(traders.empty());
  const double similarity =
      signature_similarity(near_duplicate_signature(talks), near_duplicate_signature(traders));
  EXPECT_LT(similarity, 0.1);
  EXPECT_LT(signature_similarity(near_duplicate_signature(kStory), near_duplicate_signature(talks)),
            0.1);
}

TEST(NearDuplicateSignature, BodiesUnderTenStoryWordsHaveNone) {
  EXPECT_TRUE(near_duplicate_signature("Blah blah blah.").empty());
  EXPECT_TRUE(near_duplicate_signature("").empty());
  const std::string words9 = "w1 w2 w3 w4 w5 w6 w7 w8 w9";
  EXPECT_TRUE(near_duplicate_signature(words9).empty());
  EXPECT_TRUE(near_duplicate_signature(words9 + "\n Reuter\n").empty());
  EXPECT_EQ(near_duplicate_signature(words9 + " w10").size(), schema::kMinHashCount);
  EXPECT_EQ(near_duplicate_signature("Qtly div 11 cts vs 11 cts prior Pay April 14 Record "
                                     "March 17 Reuter")
                .size(),
            schema::kMinHashCount);
}

TEST(ShortTextPrint, SameWordsAndDaySameCopy) {
  Article a;
  a.title = "FED SETS 1.5 BILLION DLR CUSTOMER REPURCHASE";
  a.body = " Reuter\n";
  a.date = make_timestamp(1987, 3, 2);
  add_near_duplicate_signature(a);
  ASSERT_TRUE(a.near_duplicate.empty());
  ASSERT_TRUE(a.short_text_print);
  Article copy = a;
  copy.title = "Fed sets 1.5 billion dlr customer repurchase";
  copy.body = "";
  EXPECT_EQ(short_text_print(copy), a.short_text_print);
  Article later = a;
  later.date = make_timestamp(1987, 3, 3);
  EXPECT_NE(short_text_print(later), a.short_text_print);
  Article undated = a;
  undated.date.reset();
  EXPECT_NE(short_text_print(undated), a.short_text_print);
  // A word moved from the headline into the body makes another text.
  Article moved = a;
  moved.title = "FED SETS 1.5 BILLION DLR CUSTOMER";
  moved.body = "REPURCHASE";
  EXPECT_NE(short_text_print(moved), a.short_text_print);
  EXPECT_FALSE(short_text_print(Article{}));
  Article story;
  story.body = kStory;
  add_near_duplicate_signature(story);
  EXPECT_FALSE(story.short_text_print);  // a signature instead
}

TEST(ShortTextPrint, StoredAsEightBytesWithOneTerm) {
  const std::string value = schema::encode_short_text_print(0x0102030405060708ULL);
  EXPECT_EQ(value, std::string("\x01\x02\x03\x04\x05\x06\x07\x08"));
  EXPECT_EQ(schema::decode_short_text_print(value), 0x0102030405060708ULL);
  EXPECT_FALSE(schema::decode_short_text_print(value.substr(1)));
  EXPECT_TRUE(schema::decode_signature(value).empty());
  EXPECT_EQ(schema::candidate_terms(value), (std::vector<std::string>{"XMx" + value}));
  const std::string signature = schema::encode_signature(near_duplicate_signature(kStory));
  EXPECT_FALSE(schema::decode_short_text_print(signature));
  EXPECT_EQ(schema::candidate_terms(signature),
            schema::band_terms(near_duplicate_signature(kStory)));
  EXPECT_TRUE(schema::candidate_terms("").empty());
}

TEST(NearDuplicateSignature, SignOffsDoNotCount) {
  const auto original = near_duplicate_signature(kStory);
  EXPECT_EQ(near_duplicate_signature(std::string(kStory) + "\n Reuter\n"), original);
  EXPECT_EQ(near_duplicate_signature(std::string(kStory) + " REUTER"), original);
  EXPECT_EQ(near_duplicate_signature(std::string(kStory) +
                                     "\n(Reporting by Jane Doe; Editing by John Roe)"),
            original);
}

TEST(NearDuplicateSignature, BadUtf8DoesNotThrow) {
  const std::string bad = std::string(kStory) + "\xff\xfe\xc3";
  EXPECT_EQ(near_duplicate_signature(bad).size(), schema::kMinHashCount);
}

TEST(SignatureStorage, RoundTripsAndRejectsOtherSizes) {
  const auto signature = near_duplicate_signature(kStory);
  const std::string value = schema::encode_signature(signature);
  EXPECT_EQ(value.size(), schema::kMinHashCount);  // one byte a minimum
  auto stored = signature;
  for (auto& v : stored) {
    v &= 0xff;  // the low 8 bits of each minimum
  }
  EXPECT_EQ(schema::decode_signature(value), stored);
  EXPECT_EQ(schema::encode_signature(stored), value);
  EXPECT_EQ(signature_similarity(signature, stored), 1.0);
  EXPECT_TRUE(schema::decode_signature(value.substr(1)).empty());
  EXPECT_TRUE(schema::decode_signature("").empty());
  EXPECT_EQ(signature_similarity(signature, {}), 0.0);
}

TEST(SignatureStorage, CopiesShareABandTermAndOtherStoriesNone) {
  const auto bands = schema::band_terms(near_duplicate_signature(kStory));
  ASSERT_EQ(bands.size(), schema::kBandCount);
  EXPECT_EQ(bands[3].substr(0, 3), "XM3");
  EXPECT_EQ(bands[3].size(), 3U + 4U);  // the band's 4 stored bytes
  EXPECT_EQ(bands[3].substr(3),
            schema::encode_signature(near_duplicate_signature(kStory)).substr(12, 4));
  EXPECT_EQ(schema::band_terms(schema::decode_signature(
                schema::encode_signature(near_duplicate_signature(kStory)))),
            bands);
  const auto copy =
      schema::band_terms(near_duplicate_signature(replace_all(kStory, "Monday", "Tuesday")));
  const auto other = schema::band_terms(near_duplicate_signature(
      test::read_source_file("sample_corpus/pakistan-afghanistan-talks.txt")));
  std::size_t shared_with_copy = 0;
  std::size_t shared_with_other = 0;
  for (std::size_t i = 0; i < bands.size(); ++i) {
    shared_with_copy += bands[i] == copy[i] ? 1 : 0;
    shared_with_other += bands[i] == other[i] ? 1 : 0;
  }
  EXPECT_GE(shared_with_copy, 1U);
  EXPECT_EQ(shared_with_other, 0U);
  EXPECT_TRUE(schema::band_terms({}).empty());
}

}  // namespace
}  // namespace news
