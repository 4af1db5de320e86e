// The ids walked, as hashes: every id added is seen; others are not (bar a hash collision).
#include <gtest/gtest.h>

#include <string>

#include "seen_files.hpp"

namespace news {
namespace {

std::string id(int i) {
  return "news/2024/" + std::to_string(i % 97) + "/story-" + std::to_string(i) + ".txt";
}

TEST(SeenFiles, EveryIdAddedIsSeenAndNoOther) {
  SeenFiles seen;
  seen.reserve(100000);
  for (int i = 0; i < 200000; i += 2) {
    seen.add(id(i));
  }
  seen.seal();
  EXPECT_EQ(seen.size(), 100000u);
  for (int i = 0; i < 200000; ++i) {
    ASSERT_EQ(seen.contains(id(i)), i % 2 == 0) << id(i);
  }
}

TEST(SeenFiles, IdsAddedTwiceAreKeptOnceAndMoreMayBeAddedAfterSealing) {
  SeenFiles seen;
  seen.add("a/x.txt");
  seen.add("a/x.txt");
  seen.seal();
  EXPECT_EQ(seen.size(), 1u);
  EXPECT_FALSE(seen.contains("a/y.txt"));
  seen.add("a/y.txt");
  seen.seal();
  EXPECT_TRUE(seen.contains("a/x.txt"));
  EXPECT_TRUE(seen.contains("a/y.txt"));
  EXPECT_FALSE(seen.contains(""));
}

}  // namespace
}  // namespace news
