// The field table: every field is reachable by name and the prefixes/slots are sane.
#include <gtest/gtest.h>

#include <set>

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
  const std::set<Xapian::valueno> slots = {slot::kDay,       slot::kSortTime,    slot::kId,
                                           slot::kFileStamp, slot::kContentHash, slot::kSourceFile,
                                           slot::kRoot};
  EXPECT_EQ(slots.size(), 7u);
}

}  // namespace
}  // namespace news::schema
