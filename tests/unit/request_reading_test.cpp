// Reading requests as people type them: case, capitals, operators, fields, forms of words.
#include <gtest/gtest.h>

#include "error.hpp"
#include "request_reading.hpp"
#include "text_forms.hpp"

namespace news {
namespace {

TEST(TextForms, FoldsLatinDiacriticsKeepingCaseAndOtherScripts) {
  EXPECT_EQ(schema::fold_latin_diacritics("Pérez de Cuéllar"), "Perez de Cuellar");
  EXPECT_EQ(schema::fold_latin_diacritics("ZÜRICH Zürich"), "ZURICH Zurich");
  EXPECT_EQ(schema::fold_latin_diacritics("Erdoğan Ząbek"), "Erdogan Zabek");
  EXPECT_EQ(schema::fold_latin_diacritics("हिन्दी Владимир"), "हिन्दी Владимир");
  EXPECT_EQ(schema::fold_latin_diacritics("plain"), "plain");
}

TEST(TextForms, JoinsDottedInitialismsOnly) {
  EXPECT_EQ(schema::join_initialisms("the U.S. said"), "the U_S said");
  EXPECT_EQ(schema::join_initialisms("U.S.A."), "U_S_A");
  EXPECT_EQ(schema::join_initialisms("U.N., then"), "U_N, then");
  EXPECT_EQ(schema::join_initialisms("let us go. A.B"), "let us go. A.B");
  EXPECT_EQ(schema::join_initialisms("e.g. p.m. J. Smith"), "e.g. p.m. J. Smith");
  EXPECT_EQ(schema::join_initialisms("AU.S."), "AU.S.");
  EXPECT_EQ(schema::index_form("Zürich, U.S."), "Zurich, U_S");
}

TEST(RequestReading, CapitalisedWordsAreReadInLowerCaseSoTheyAreStemmed) {
  const ReadRequest r = read_request("Volcker Elections");
  EXPECT_EQ(r.text, "volcker elections");
  EXPECT_FALSE(r.all_caps);
  EXPECT_EQ(r.words, (std::vector<std::string>{"volcker", "elections"}));
  EXPECT_EQ(r.typed_words, (std::vector<std::string>{"Volcker", "Elections"}));
}

TEST(RequestReading, AllCapsRequestsAreWordsOperatorsIncluded) {
  const ReadRequest r = read_request("ELECTIONS AND VOTES IN ZURICH OR NOT");
  EXPECT_TRUE(r.all_caps);
  EXPECT_FALSE(r.operators);
  EXPECT_EQ(r.text, "elections and votes in zurich or not");
  EXPECT_EQ(r.stop_words, (std::vector<std::string>{"and", "in", "or", "not"}));
  EXPECT_EQ(r.content_words(), 3u);
}

TEST(RequestReading, OperatorsInMixedCaseRequestsStayOperators) {
  const ReadRequest r = read_request("oil AND Prices NOT opec");
  EXPECT_TRUE(r.operators);
  EXPECT_EQ(r.text, "oil AND prices NOT opec");
  EXPECT_EQ(r.words.size(), 3u);
  EXPECT_TRUE(read_request("a NEAR/3 b").operators);
  EXPECT_FALSE(read_request("NEARBY Towns ADJACENT").operators);
}

TEST(RequestReading, AccentsFoldAndInitialismsJoin) {
  EXPECT_EQ(read_request("Pérez de Cuéllar").text, "perez de cuellar");
  EXPECT_EQ(read_request("\"Pérez de Cuéllar\"").text, "\"perez de cuellar\"");
  EXPECT_EQ(read_request("U.S. economy").words, (std::vector<std::string>{"u_s", "economy"}));
  const ReadRequest r = read_request("U.S., Stoltenburg");
  EXPECT_EQ(r.typed_words, (std::vector<std::string>{"U.S", "Stoltenburg"}));
}

TEST(RequestReading, ProgrammingNamesAndAmpersandsAreKept) {
  EXPECT_EQ(read_request("C++ and C#").words, (std::vector<std::string>{"c++", "and", "c#"}));
  EXPECT_EQ(read_request("AT&T").text, "at&t");
}

TEST(RequestReading, LoveHateAndFieldsAreSyntax) {
  const ReadRequest r = read_request("-oil +Volcker Title:Fed");
  EXPECT_EQ(r.text, "-oil +volcker title:fed");
  EXPECT_EQ(r.words, (std::vector<std::string>{"volcker"}));
  EXPECT_EQ(r.excluded, (std::vector<std::string>{"oil"}));
  EXPECT_EQ(r.fields, (std::vector<std::string>{"title"}));
}

TEST(RequestReading, AFieldWithoutValueIsAUsageError) {
  for (const char* typed : {"title:", "oil person:", "title:\"\""}) {
    try {
      read_request(typed);
      FAIL() << typed;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ExitCode::kUsage) << typed;
      EXPECT_NE(std::string(e.what()).find("needs a value"), std::string::npos);
    }
  }
  EXPECT_NO_THROW(read_request("ratio 3:2 and http://x"));
}

TEST(RequestReading, StopWordsAndLowerCase) {
  EXPECT_TRUE(is_stop_word("the"));
  EXPECT_FALSE(is_stop_word("volcker"));
  EXPECT_EQ(lower_case("ÉLYSÉE Путин"), "élysée путин");
}

}  // namespace
}  // namespace news
