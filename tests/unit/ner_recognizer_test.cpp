#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "model_file.hpp"
#include "recognizer.hpp"

namespace news::ner {
namespace {

bool contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// The seed article lives beside the repository (../shared/seed); skip without it.
std::filesystem::path seed_article() {
  return std::filesystem::path(__FILE__).parent_path() /
         "../../../shared/seed/pakistan-afghanistan-talks.txt";
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(NerRecognizer, SeedArticle) {
  if (!std::filesystem::exists(seed_article())) {
    GTEST_SKIP() << "seed article not found at " << seed_article();
  }
  EntitySets sets = Recognizer::english().recognize(read_file(seed_article()));
  std::sort(sets.persons.begin(), sets.persons.end());
  EXPECT_EQ(sets.persons,
            (std::vector<std::string>{"Ataullah Tarar", "Khawaja Asif", "Stephane Dujarric"}));
  for (const char* place :
       {"Pakistan", "Afghanistan", "Kabul", "Istanbul", "Turkey", "Qatar", "India"}) {
    EXPECT_TRUE(contains(sets.places, place)) << place;
  }
  for (const char* org : {"Taliban", "United Nations", "Tehrik-i-Taliban Pakistan"}) {
    EXPECT_TRUE(contains(sets.orgs, org)) << org;
  }
  EXPECT_FALSE(contains(sets.orgs, "UN"));
  EXPECT_FALSE(contains(sets.orgs, "TTP"));
}

TEST(NerRecognizer, ResolvesPartialMentionsInShortText) {
  EntitySets sets = Recognizer::english().recognize(
      "Foreign Minister Helen Carter arrived in Paris on Monday.\n"
      "Carter told reporters that France and Germany backed the plan of the European Union.");
  EXPECT_EQ(sets.persons, std::vector<std::string>{"Helen Carter"});
  EXPECT_TRUE(contains(sets.places, "Paris"));
  EXPECT_TRUE(contains(sets.places, "France"));
  EXPECT_TRUE(contains(sets.orgs, "European Union"));
}

TEST(NerRecognizer, EmptyAndOddInputs) {
  const Recognizer& r = Recognizer::english();
  EXPECT_TRUE(r.recognize("").persons.empty());
  EXPECT_NO_THROW(r.recognize("\xFF\xFE broken \xC3 bytes\n\n\n"));
  EXPECT_NO_THROW(r.recognize(std::string(5000, 'A')));
}

TEST(NerRecognizer, FromFileReportsErrors) {
  EXPECT_THROW(Recognizer::from_file("/nonexistent/model.bin"), std::runtime_error);
  std::filesystem::path bad = std::filesystem::temp_directory_path() / "ner_bad_model.bin";
  std::ofstream(bad) << "not a model";
  try {
    Recognizer::from_file(bad.string());
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(bad.string()), std::string::npos);
  }
  std::filesystem::remove(bad);
}

TEST(NerRecognizer, ModelFileRoundTrips) {
  Model model;
  model.lexicon.add_phrase("New York", GazCategory::kCity);
  model.lexicon.add_cluster("Monday", ClusterIds{1, 2, 3});
  Weights::Transitions transitions{};
  transitions[1] = 0.5f;
  model.first_pass = Weights(0.25f, transitions, {SparseRow{42, {{1, 7}, {3, -2}}}});
  Model back = parse_model(serialize_model(model));
  EXPECT_EQ(back.lexicon.phrase_mask("new york"), 1u << 1);
  EXPECT_EQ(back.lexicon.cluster("MONDAY")[2], 3);
  EXPECT_EQ(back.first_pass.transitions()[1], 0.5f);
  ASSERT_EQ(back.first_pass.rows().size(), 1u);
  EXPECT_EQ(back.first_pass.rows()[0].weights.size(), 2u);
  EXPECT_TRUE(back.second_pass.empty());
  EXPECT_THROW(parse_model(serialize_model(model).substr(0, 20)), std::runtime_error);
}

TEST(NerRecognizer, CorruptCountsAreRejected) {
  std::string bytes = "NEWSNER";
  bytes += std::string("\x01\x00\x00\x00", 4);  // version 1
  bytes += std::string("\xFF\xFF\xFF\xFF", 4);  // absurd number of clustered words
  EXPECT_THROW(parse_model(bytes), std::runtime_error);
  EXPECT_THROW(parse_model("NEWSNXX"), std::runtime_error);
}

}  // namespace
}  // namespace news::ner
