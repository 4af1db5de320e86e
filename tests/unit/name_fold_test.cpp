// Name folding: one person however an article spells their name.
#include <gtest/gtest.h>

#include "name_fold.hpp"

namespace news {
namespace {

TEST(NameFold, FoldsCaseDiacriticsAndSpaces) {
  EXPECT_EQ(fold_name("Stéphane Dujarric"), "stephane dujarric");
  EXPECT_EQ(fold_name("STEPHANE  DUJARRIC "), "stephane dujarric");
  EXPECT_EQ(fold_name("Łukasz Ząbek"), "łukasz zabek");  // ł has no decomposition
  EXPECT_EQ(fold_name("Zoë\tKravitz"), "zoe kravitz");
  EXPECT_EQ(fold_name("Recep Tayyip Erdoğan"), "recep tayyip erdogan");
}

TEST(NameFold, KeepsOtherScripts) {
  EXPECT_EQ(fold_name("北京 上海"), "北京 上海");
  EXPECT_EQ(fold_name("Владимир"), "владимир");
}

}  // namespace
}  // namespace news
