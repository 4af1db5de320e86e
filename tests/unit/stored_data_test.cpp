// The document data: the stored fields written in their binary form and read back, and
// what is done with data that is cut short, damaged or of another form.
#include "stored_data.hpp"

#include <gtest/gtest.h>

#include "article_json.hpp"
#include "fields.hpp"

namespace news::schema {
namespace {

Article stored_article() {
  Article a;
  a.id = "wire/2025/harbour.json#7";
  a.path = "/archive/wire/2025/harbour.json";
  a.source_file = "wire/2025/harbour.json";
  a.title = "Harbour reopens after storms";
  a.body = "The harbour reopened on Wednesday.\n\nFerries resumed \"their\" timetable.";
  a.date = make_timestamp(2025, 10, 29, 10, 30, 0, 0);
  a.date_source = date_source::kMetadata;
  a.byline = "Jane Doe; John Roe";
  a.source = "Harbour Gazette";
  a.url = "https://example.com/harbour";
  a.language = "en";
  a.persons = {"Jane Harbourmaster", "Stéphane Dujarric"};
  a.orgs = {"Port Authority"};
  a.places = {"Kabul", "Istanbul"};
  a.tags = {"shipping", ""};
  return a;
}

Article decoded(std::string_view data) {
  Article a;
  EXPECT_TRUE(decode_stored_fields(data, a));
  return a;
}

TEST(StoredData, RoundTripsEveryStoredField) {
  const Article a = stored_article();
  const Article back = decoded(encode_stored_fields(a));
  for (const Field& f : kFields) {
    if ((f.flags & kStored) == 0) {
      continue;
    }
    if (f.shape == Shape::kText) {
      EXPECT_EQ(back.*f.text, a.*f.text) << f.key;
    } else if (f.shape == Shape::kList) {
      EXPECT_EQ(back.*f.list, a.*f.list) << f.key;
    }
  }
  EXPECT_EQ(back.date, a.date);
}

TEST(StoredData, KeepsDaysUndatedArticlesAndEmptyFields) {
  Article a;
  a.id = a.source_file = "one.txt";
  Article back = decoded(encode_stored_fields(a));
  EXPECT_FALSE(back.date.has_value());
  EXPECT_EQ(back.title, "");
  EXPECT_TRUE(back.persons.empty());
  a.date = make_timestamp(1987, 2, 26);
  back = decoded(encode_stored_fields(a));
  EXPECT_EQ(back.date, a.date);
  EXPECT_FALSE(back.date->has_time);
}

TEST(StoredData, WritesTheSourceFileOnlyWhenItIsNotTheId) {
  Article a = stored_article();
  const std::size_t other = encode_stored_fields(a).size();
  a.source_file = a.id;
  const std::string data = encode_stored_fields(a);
  EXPECT_EQ(data.size() + std::string("wire/2025/harbour.json").size(), other);
  EXPECT_EQ(decoded(data).source_file, a.id);
}

TEST(StoredData, NamesNoFieldInTheData) {
  const std::string data = encode_stored_fields(stored_article());
  EXPECT_EQ(data.find("\"title\""), std::string::npos);
  EXPECT_EQ(data.find("persons"), std::string::npos);
}

TEST(StoredData, ReplacesInvalidUtf8AsJsonDid) {
  Article a = stored_article();
  a.title = "caf\xe9 and \xff\xfe bytes";
  const Article back = decoded(encode_stored_fields(a));
  const auto json = nlohmann::json::parse(dump_json_line(nlohmann::ordered_json(a.title)));
  EXPECT_EQ(back.title, json.get<std::string>());
  EXPECT_TRUE(back.title.starts_with("caf\xef\xbf\xbd")) << back.title;
  EXPECT_NE(back.title.find(" bytes"), std::string::npos);
}

TEST(StoredData, RefusesDataCutShortOrOfAnotherForm) {
  const std::string data = encode_stored_fields(stored_article());
  for (std::size_t n = 0; n < data.size(); ++n) {
    Article a;
    EXPECT_FALSE(decode_stored_fields(std::string_view(data).substr(0, n), a)) << n;
  }
  Article a;
  EXPECT_FALSE(decode_stored_fields(R"({"id":"a.txt","title":"JSON of schema 4"})", a));
  EXPECT_FALSE(decode_stored_fields("N\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", a));
  EXPECT_FALSE(decode_stored_fields(std::string("N\x05\x00", 3), a));
}

}  // namespace
}  // namespace news::schema
