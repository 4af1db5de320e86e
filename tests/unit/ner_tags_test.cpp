#include <gtest/gtest.h>

#include "tags.hpp"

namespace news::ner {
namespace {

TEST(NerTags, SpansRoundTripThroughBilou) {
  std::vector<Span> spans = {{0, 2, EntityType::kPerson},
                             {3, 4, EntityType::kLocation},
                             {5, 8, EntityType::kOrganization}};
  std::vector<Tag> tags = spans_to_tags(spans, 9);
  EXPECT_EQ(tags[0], make_tag(EntityType::kPerson, Position::kBegin));
  EXPECT_EQ(tags[1], make_tag(EntityType::kPerson, Position::kLast));
  EXPECT_EQ(tags[3], make_tag(EntityType::kLocation, Position::kUnit));
  EXPECT_EQ(tags[6], make_tag(EntityType::kOrganization, Position::kInside));
  std::vector<Span> back = tags_to_spans(tags);
  ASSERT_EQ(back.size(), spans.size());
  for (std::size_t i = 0; i < spans.size(); ++i) {
    EXPECT_EQ(back[i].first, spans[i].first);
    EXPECT_EQ(back[i].last, spans[i].last);
    EXPECT_EQ(back[i].type, spans[i].type);
  }
}

TEST(NerTags, TransitionsFollowBilou) {
  Tag b_per = make_tag(EntityType::kPerson, Position::kBegin);
  Tag l_per = make_tag(EntityType::kPerson, Position::kLast);
  Tag l_org = make_tag(EntityType::kOrganization, Position::kLast);
  EXPECT_TRUE(transition_allowed(kOutside, b_per));
  EXPECT_TRUE(transition_allowed(b_per, l_per));
  EXPECT_FALSE(transition_allowed(b_per, l_org));
  EXPECT_FALSE(transition_allowed(kOutside, l_per));
  EXPECT_FALSE(transition_allowed(b_per, kOutside));
  EXPECT_FALSE(can_end(b_per));
  EXPECT_TRUE(can_end(l_per));
}

TEST(NerTags, ParsesTypeNames) {
  EntityType t{};
  EXPECT_TRUE(parse_type("per", t));
  EXPECT_EQ(t, EntityType::kPerson);
  EXPECT_TRUE(parse_type("MISC", t));
  EXPECT_EQ(t, EntityType::kMisc);
  EXPECT_FALSE(parse_type("DATE", t));
}

}  // namespace
}  // namespace news::ner
