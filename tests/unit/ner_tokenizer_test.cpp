#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tokenizer.hpp"

namespace news::ner {
namespace {

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text)) {
    out.emplace_back(t.text);
  }
  return out;
}

struct TokenCase {
  std::string text;
  std::vector<std::string> tokens;
};

TEST(NerTokenizer, SplitsLikeConll) {
  const std::vector<TokenCase> cases = {
      {"Hello, world.", {"Hello", ",", "world", "."}},
      {"Pakistan's army", {"Pakistan", "'s", "army"}},
      {"Pakistan\xE2\x80\x99s army", {"Pakistan", "\xE2\x80\x99s", "army"}},
      {"don't", {"do", "n't"}},
      {"the U.S. and Inc. rose 3.5 pct to 1,000",
       {"the", "U.S.", "and", "Inc.", "rose", "3.5", "pct", "to", "1,000"}},
      {"Tehrik-i-Taliban Pakistan (TTP)", {"Tehrik-i-Taliban", "Pakistan", "(", "TTP", ")"}},
      {"\"open war.\"", {"\"", "open", "war", ".", "\""}},
      {"Leeds' win", {"Leeds", "'", "win"}},
      {"O'Neill -- said", {"O'Neill", "--", "said"}},
      {"", {}},
  };
  for (const TokenCase& c : cases) {
    EXPECT_EQ(words(c.text), c.tokens) << c.text;
  }
}

TEST(NerTokenizer, OffsetsPointIntoText) {
  std::string text = "Stéphane Dujarric, UN";
  for (const Token& t : tokenize(text)) {
    EXPECT_EQ(text.substr(t.begin, t.end - t.begin), t.text);
  }
}

TEST(NerTokenizer, SurvivesInvalidUtf8) {
  std::string text = "caf\xE9 \xA3 5 \xFF";
  EXPECT_EQ(words(text).size(), 4u);
}

TEST(NerTokenizer, SplitsSentencesAtNewlinesAndFullStops) {
  Document doc = make_document("First one. Second one\nThird");
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.tokens[doc.sentences[1].first].text, "Second");
  EXPECT_EQ(doc.tokens[doc.sentences[2].first].text, "Third");
}

TEST(NerTokenizer, KeepsAbbreviationsInsideSentences) {
  Document doc = make_document("Mr. Smith met Gen. Jones in the U.S. on Monday.");
  EXPECT_EQ(doc.sentences.size(), 1u);
}

}  // namespace
}  // namespace news::ner
