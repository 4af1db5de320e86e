// YAML front matter: keys and aliases, lists, and the errors a user must be told about.
#include <gtest/gtest.h>

#include "readers/reader.hpp"
#include "text/front_matter.hpp"

namespace news {
namespace {

TEST(FrontMatter, NoBlockLeavesTextAlone) {
  const SplitFrontMatter s = split_front_matter("Headline\n\nBody.\n");
  EXPECT_FALSE(s.front_matter);
  EXPECT_EQ(s.body, "Headline\n\nBody.\n");
}

TEST(FrontMatter, ReadsFieldsAndAliases) {
  const SplitFrontMatter s = split_front_matter(
      "---\nTitle: Talks fail\ndate: 2025-10-29\nauthor: [Jane Doe, John Roe]\n"
      "publisher: Example News\nlink: https://example.com/a\nlang: en\n"
      "people:\n  - Khawaja Asif\n  - Ataullah Tarar\norganizations: [Taliban]\n"
      "locations: Kabul\nkeywords: [security, talks]\nunknown: ignored\n---\nBody line\n");
  ASSERT_TRUE(s.front_matter);
  const FrontMatter& fm = *s.front_matter;
  EXPECT_EQ(fm.fields.title, "Talks fail");
  EXPECT_EQ(fm.date, "2025-10-29");
  EXPECT_EQ(fm.fields.byline, "Jane Doe; John Roe");
  EXPECT_EQ(fm.fields.source, "Example News");
  EXPECT_EQ(fm.fields.url, "https://example.com/a");
  EXPECT_EQ(fm.fields.language, "en");
  EXPECT_EQ(fm.fields.persons, (std::vector<std::string>{"Khawaja Asif", "Ataullah Tarar"}));
  EXPECT_EQ(fm.fields.orgs, std::vector<std::string>{"Taliban"});
  EXPECT_EQ(fm.fields.places, std::vector<std::string>{"Kabul"});
  EXPECT_EQ(fm.fields.tags, (std::vector<std::string>{"security", "talks"}));
  EXPECT_EQ(s.body, "Body line\n");
  EXPECT_EQ(s.body_line, 16u);
}

TEST(FrontMatter, AcceptsCrLfAndEmptyBlock) {
  const SplitFrontMatter s = split_front_matter("---\r\n---\r\nText");
  ASSERT_TRUE(s.front_matter);
  EXPECT_EQ(s.body, "Text");
}

TEST(FrontMatter, UnclosedBlockIsAnError) {
  try {
    split_front_matter("---\ntitle: x\n\nBody that never ends\n");
    FAIL() << "expected ReadError";
  } catch (const ReadError& e) {
    EXPECT_NE(std::string(e.what()).find("never closed"), std::string::npos);
  }
}

TEST(FrontMatter, InvalidYamlIsAnErrorWithALine) {
  try {
    split_front_matter("---\ntitle: ok\nbad: [unclosed\n---\nBody\n");
    FAIL() << "expected ReadError";
  } catch (const ReadError& e) {
    EXPECT_NE(std::string(e.what()).find("not valid YAML"), std::string::npos) << e.what();
  }
}

TEST(FrontMatter, ScalarBlockIsAnError) {
  EXPECT_THROW(split_front_matter("---\njust a sentence\n---\nBody\n"), ReadError);
}

}  // namespace
}  // namespace news
