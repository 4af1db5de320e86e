// The heading of a stored article (id, title, date, source) as a copy of a story is listed
// with: the same fields decode_article gives, read without decoding the rest.
#include <gtest/gtest.h>
#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "article_heading.hpp"
#include "document_codec.hpp"
#include "fields.hpp"

namespace news::schema {
namespace {

Article stored_article() {
  Article a;
  a.id = "wire/2025/harbour.json#7";
  a.path = "/archive/wire/2025/harbour.json";
  a.title = "Harbour \"reopens\" after storms";
  a.body = std::string(100000, 'x') + " harbour";
  a.date = make_timestamp(2025, 10, 29, 10, 30, 0, 0);
  a.source = "Harbour Gazette";
  a.language = "en";
  a.persons = {"Jane Harbourmaster"};
  a.tags = {"shipping"};
  return a;
}

Xapian::Document stored(const Article& a) {
  DocumentCodec codec;
  return codec.encode(a, FileStamp{});
}

TEST(ArticleHeading, GivesTheFieldsDecodeArticleGives) {
  const Xapian::Document doc = stored(stored_article());
  const Article whole = DocumentCodec::decode_article(doc);
  const Article heading = decode_heading(doc);
  EXPECT_EQ(heading.id, whole.id);
  EXPECT_EQ(heading.title, whole.title);
  EXPECT_EQ(heading.date, whole.date);
  EXPECT_EQ(heading.source, whole.source);
  EXPECT_EQ(heading.id, "wire/2025/harbour.json#7");
  EXPECT_EQ(heading.title, "Harbour \"reopens\" after storms");
  EXPECT_TRUE(heading.body.empty());  // not decoded
  EXPECT_TRUE(heading.persons.empty());
}

TEST(ArticleHeading, UndatedArticleWithoutSource) {
  Article a = stored_article();
  a.date.reset();
  a.source.clear();
  const Article heading = decode_heading(stored(a));
  EXPECT_FALSE(heading.date.has_value());
  EXPECT_EQ(heading.source, "");
  EXPECT_EQ(heading.title, a.title);
}

TEST(ArticleHeading, FieldsOfEveryKindBeforeAndAfterAreSkipped) {
  Article a = stored_article();
  a.byline = "By A. Writer";
  a.orgs = {"Port Authority", "Harbour Board"};
  a.places = {"Harbour"};
  a.source_file = "/archive/wire/2025/harbour.json";
  const Article heading = decode_heading(stored(a));
  EXPECT_EQ(heading.id, a.id);
  EXPECT_EQ(heading.title, a.title);
  EXPECT_EQ(heading.source, a.source);
  EXPECT_EQ(heading.date, a.date);
  EXPECT_TRUE(heading.byline.empty());
  EXPECT_TRUE(heading.orgs.empty());
  EXPECT_TRUE(heading.source_file.empty());
}

TEST(ArticleHeading, DataOfAnotherFormOrCutShortGivesTheIdOfTheIdValueAlone) {
  const std::string whole = stored(stored_article()).get_data();
  for (const std::string& data :
       {std::string(), std::string("not stored data"), std::string(R"({"id":"a","title":"T"})"),
        whole.substr(0, 1), whole.substr(0, 40)}) {
    Xapian::Document doc;
    doc.set_data(data);
    doc.add_value(slot::kId, "from-value");
    const Article heading = decode_heading(doc);
    EXPECT_EQ(heading.id, "from-value") << data.size();
    EXPECT_EQ(heading.title, "") << data.size();
    EXPECT_EQ(heading.id, DocumentCodec::decode_article(doc).id) << data.size();
  }
}

// Copies are listed oldest first (by the second), undated last, ties by id: the key read
// from the order and id values alone orders them so, before 1970 too.
TEST(ArticleHeading, OldestFirstKeyOrdersAsCopiesAreListed) {
  struct Dated {
    std::string id;
    std::optional<Timestamp> date;
  };
  const std::vector<Dated> listed = {
      {"m", make_timestamp(1969, 7, 20, 20, 17, 0, 0)},
      {"a", make_timestamp(1970, 1, 1)},
      {"b", make_timestamp(2025, 10, 29, 10, 30, 0, 0)},
      {"ba", make_timestamp(2025, 10, 29, 10, 30, 0, 0)},
      {"c", make_timestamp(2025, 10, 29, 10, 30, 1, 0)},
      {"a", std::nullopt},
      {"z", std::nullopt},
  };
  std::vector<std::string> keys;
  for (const Dated& d : listed) {
    Article a = stored_article();
    a.id = d.id;
    a.date = d.date;
    keys.push_back(oldest_first_key(stored(a)));
  }
  for (std::size_t i = 1; i < keys.size(); ++i) {
    EXPECT_LT(keys[i - 1], keys[i]) << listed[i - 1].id << " before " << listed[i].id;
  }
  Xapian::Document without_order;
  without_order.add_value(slot::kId, "a");
  EXPECT_LT(keys.back(), oldest_first_key(without_order));
}

}  // namespace
}  // namespace news::schema
