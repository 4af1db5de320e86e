// The field table: every field is reachable by name and the prefixes/slots are sane.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "fields.hpp"

namespace news::schema {
namespace {

TEST(Fields, EveryFieldIsFoundByName) {
  for (const Field& f : kFields) {
    const Field* found = find_field(f.name);
    ASSERT_NE(found, nullptr) << f.name;
    EXPECT_EQ(found->prefix, f.prefix);
  }
  EXPECT_EQ(find_field("nosuchfield"), nullptr);
}

TEST(Fields, QueryFieldsOfTheContractExist) {
  for (const char* name : {"title", "person", "org", "place", "source", "by", "lang", "date"}) {
    EXPECT_NE(find_field(name), nullptr) << name;
  }
}

TEST(Fields, ExamplesUseTheirOwnField) {
  for (const Field& f : kFields) {
    EXPECT_TRUE(f.example.starts_with(std::string(f.name) + ":")) << f.name;
    EXPECT_FALSE(f.description.empty()) << f.name;
  }
}

TEST(Fields, ExactEntityPrefixesDifferFromFreeTextPrefixes) {
  std::set<std::string> prefixes;
  for (const Field& f : kFields) {
    prefixes.insert(std::string(f.prefix));
  }
  for (const char* name : {"person", "org", "place"}) {
    const std::string exact = exact_entity_prefix(*find_field(name));
    EXPECT_TRUE(exact.starts_with("XE")) << exact;
    EXPECT_FALSE(prefixes.contains(exact)) << exact;
  }
}

TEST(Fields, SlotsAreDistinct) {
  const std::set<Xapian::valueno> slots = {
      slot::kDay,       slot::kSortTime,         slot::kId,
      slot::kFileStamp, slot::kContentHash,      slot::kSourceFile,
      slot::kRoot,      slot::kNearDupSignature, slot::kCluster};
  EXPECT_EQ(slots.size(), 9u);
}

TEST(Fields, NearDuplicatePrefixesNestWithNoOtherPrefix) {
  std::vector<std::string> prefixes = {std::string(prefix::kId), std::string(prefix::kSourceFile),
                                       std::string(prefix::kExactEntity)};
  for (const Field& f : kFields) {
    if (!f.prefix.empty()) {
      prefixes.emplace_back(f.prefix);
    }
  }
  for (const std::string_view mine : {prefix::kNearDupBand, prefix::kCluster}) {
    for (const std::string& other : prefixes) {
      EXPECT_FALSE(other.starts_with(mine)) << mine << " " << other;
      EXPECT_FALSE(std::string_view(mine).starts_with(other)) << mine << " " << other;
    }
  }
}

}  // namespace
}  // namespace news::schema
