// The field table: consistent (ids, keys, names, aliases, slots unique; prefixes never nest)
// and reachable by every way the programs look fields up.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "fields.hpp"

namespace news::schema {
namespace {

// Every term prefix the table knows, with the field it belongs to.
std::vector<std::pair<std::string, std::string>> all_prefixes() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Field& f : kFields) {
    for (std::string_view p : {f.prefix, f.exact_prefix, f.canonical_prefix, f.linked_prefix}) {
      if (!p.empty()) {
        out.emplace_back(p, f.key);
      }
    }
  }
  return out;
}

TEST(Fields, IdsAreTablePositions) {
  ASSERT_EQ(kFields.size(), static_cast<std::size_t>(FieldId::kCount));
  for (std::size_t i = 0; i < kFields.size(); ++i) {
    EXPECT_EQ(&field(static_cast<FieldId>(i)), &kFields[i]) << kFields[i].key;
  }
}

TEST(Fields, EveryFieldIsFoundByKeyAndEveryQueryFieldByName) {
  for (const Field& f : kFields) {
    EXPECT_EQ(find_field_by_key(f.key), &f) << f.key;
    if (!f.name.empty()) {
      EXPECT_EQ(find_field(f.name), &f) << f.name;
    }
  }
  EXPECT_EQ(find_field("nosuchfield"), nullptr);
  EXPECT_EQ(find_field(""), nullptr);
  EXPECT_EQ(find_field_by_key("nosuchfield"), nullptr);
}

TEST(Fields, QueryFieldsOfTheContractExist) {
  for (const char* name : {"title", "person", "org", "place", "source", "by", "lang", "date"}) {
    EXPECT_NE(find_field(name), nullptr) << name;
  }
}

TEST(Fields, ExamplesUseTheirOwnField) {
  for (const Field& f : kFields) {
    EXPECT_FALSE(f.description.empty()) << f.key;
    if (!f.name.empty()) {
      EXPECT_TRUE(f.example.starts_with(std::string(f.name) + ":")) << f.name;
    }
  }
}

TEST(Fields, NoPrefixStartsAnother) {
  const auto prefixes = all_prefixes();
  for (std::size_t i = 0; i < prefixes.size(); ++i) {
    for (std::size_t j = 0; j < prefixes.size(); ++j) {
      if (i != j) {
        EXPECT_FALSE(prefixes[j].first.starts_with(prefixes[i].first))
            << prefixes[i].first << " (" << prefixes[i].second << ") starts " << prefixes[j].first
            << " (" << prefixes[j].second << ")";
      }
    }
  }
  // The internal prefixes are in the table too.
  std::set<std::string> known;
  for (const auto& [p, key] : prefixes) {
    known.insert(p);
  }
  for (const std::string_view internal :
       {prefix::kId, prefix::kSourceFile, prefix::kNearDupBand, prefix::kCluster}) {
    EXPECT_TRUE(known.contains(std::string(internal))) << internal;
  }
  EXPECT_EQ(exact_entity_prefix(*find_field("place")), "XEL:");
  EXPECT_EQ(canonical_entity_prefix(*find_field("place")), "XCEL:");
  EXPECT_EQ(linked_words_prefix(*find_field("place")), "XCL");
  EXPECT_EQ(find_field("lang")->prefix, "L");
}

TEST(Fields, SlotsAreDistinctAndAllInTheTable) {
  std::set<Xapian::valueno> slots;
  for (const Field& f : kFields) {
    if (f.slot != slot::kNone) {
      EXPECT_TRUE(slots.insert(f.slot).second) << f.key;
    }
  }
  EXPECT_EQ(slots, (std::set<Xapian::valueno>{slot::kDay, slot::kSortTime, slot::kFileStamp,
                                              slot::kContentHash, slot::kNearDupSignature,
                                              slot::kCluster}));
}

TEST(Fields, AliasesNameOneFieldPerReader) {
  for (const Readers reader : {kFrontMatter, kRecords}) {
    std::set<std::string> seen;
    for (const Field& f : kFields) {
      for (const Alias& alias : f.aliases) {
        if ((alias.readers & reader) != 0) {
          const std::string key =
              reader == kRecords ? normalised_record_key(alias.key) : std::string(alias.key);
          EXPECT_TRUE(seen.insert(key).second) << key;
          EXPECT_EQ(field_for_alias(alias.key, reader), &f) << alias.key;
        }
      }
    }
  }
}

struct AliasCase {
  const char* key;
  Readers reader;
  const char* field;  // nullptr: no field
};

TEST(Fields, ReadersMatchKeysAsBefore) {
  const AliasCase kCases[] = {
      {"headline", kFrontMatter, "title"},
      {"Head_Line", kRecords, "title"},
      {"name", kRecords, "title"},
      {"name", kFrontMatter, nullptr},
      {"by", kFrontMatter, "byline"},
      {"by", kRecords, nullptr},
      {"publish_date", kFrontMatter, "date"},
      {"publish-date", kRecords, "date"},
      {"categories", kFrontMatter, "tags"},
      {"categories", kRecords, nullptr},
      {"summary", kRecords, "body"},
      {"guid", kRecords, "id"},
      {"guid", kFrontMatter, nullptr},
      {"people", kFrontMatter, "persons"},
  };
  for (const AliasCase& c : kCases) {
    const Field* f = field_for_alias(c.key, c.reader);
    if (c.field == nullptr) {
      EXPECT_EQ(f, nullptr) << c.key;
    } else {
      ASSERT_NE(f, nullptr) << c.key;
      EXPECT_EQ(f->key, c.field) << c.key;
    }
  }
}

TEST(Fields, ShapesNameTheirArticleMembers) {
  for (const Field& f : kFields) {
    EXPECT_EQ(f.shape == Shape::kText, f.text != nullptr) << f.key;
    EXPECT_EQ(f.shape == Shape::kList, f.list != nullptr) << f.key;
    EXPECT_EQ(f.kind == FieldKind::kEntity, !f.exact_prefix.empty()) << f.key;
  }
}

}  // namespace
}  // namespace news::schema
