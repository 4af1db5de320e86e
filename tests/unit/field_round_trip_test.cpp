// Index level: every field the codec writes is read back through the field table, and every
// prefix and slot of the table is written for an article that has all fields.
#include <gtest/gtest.h>
#include <xapian.h>

#include "article_json.hpp"
#include "document_codec.hpp"
#include "fields.hpp"
#include "near_duplicates.hpp"
#include "query_parser_setup.hpp"
#include "stored_data.hpp"

namespace news::schema {
namespace {

// An article with a value in every field an article can hold.
Article full_article() {
  Article a;
  a.id = "wire/2025/harbour.json#7";
  a.path = "/archive/wire/2025/harbour.json";
  a.source_file = "wire/2025/harbour.json";
  a.title = "Harbour reopens after storms";
  a.body = "The harbour reopened on Wednesday.\n\nFerries resumed their timetable.";
  a.date = make_timestamp(2025, 10, 29, 10, 30, 0, 0);
  a.date_source = date_source::kMetadata;
  a.byline = "Jane Doe; John Roe";
  a.source = "Harbour Gazette";
  a.url = "https://example.com/harbour";
  a.language = "en";
  a.persons = {"Jane Harbourmaster", "Stéphane Dujarric"};
  a.orgs = {"Port Authority"};
  a.places = {"Kabul", "Istanbul"};
  a.tags = {"shipping", "weather"};
  for (std::uint32_t i = 0; i < kMinHashCount; ++i) {
    a.near_duplicate.push_back(i * 2654435761u);
  }
  a.cluster = "wire/2025/first.json#1";
  return a;
}

bool has_term_with_prefix(const Xapian::Document& doc, std::string_view prefix) {
  auto it = doc.termlist_begin();
  it.skip_to(std::string(prefix));
  return it != doc.termlist_end() && (*it).starts_with(prefix);
}

class FieldRoundTrip : public ::testing::Test {
 protected:
  void SetUp() override {
    DocumentCodec codec;
    Xapian::Document doc = codec.encode(full_article(), m_stamp);
    m_db.add_document(doc);
    m_doc = m_db.get_document(1);
  }

  Xapian::WritableDatabase m_db{std::string(), Xapian::DB_BACKEND_INMEMORY};
  Xapian::Document m_doc;
  FileStamp m_stamp{1234, 5678, "0123456789abcdef"};
};

TEST_F(FieldRoundTrip, EveryArticleFieldIsReadBack) {
  const Article original = full_article();
  const Article decoded = DocumentCodec::decode_article(m_doc);
  for (const Field& f : kFields) {
    if (f.shape == Shape::kSignature) {
      // The index keeps the stored bits of each minimum: the same signature to compare.
      ASSERT_EQ(decoded.near_duplicate.size(), original.near_duplicate.size());
      EXPECT_EQ(signature_similarity(decoded.near_duplicate, original.near_duplicate), 1.0);
      EXPECT_EQ(encode_signature(decoded.near_duplicate),
                encode_signature(original.near_duplicate));
    } else if (f.shape != Shape::kNone) {
      EXPECT_EQ(field_json(f, decoded), field_json(f, original)) << f.key;
      EXPECT_FALSE(field_json(f, decoded).empty()) << f.key;
    }
  }
  EXPECT_EQ(DocumentCodec::decode_stamp(m_doc), m_stamp);
}

TEST(ShortTextRoundTrip, ThePrintIsReadBackWithItsTerm) {
  Article a = full_article();
  a.near_duplicate.clear();
  a.short_text_print = 0xfedcba9876543210ULL;
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  db.add_document(DocumentCodec().encode(a, FileStamp{}));
  const Xapian::Document doc = db.get_document(1);
  const Article decoded = DocumentCodec::decode_article(doc);
  EXPECT_EQ(decoded.short_text_print, a.short_text_print);
  EXPECT_TRUE(decoded.near_duplicate.empty());
  EXPECT_EQ(db.get_termfreq(candidate_terms(encode_short_text_print(*a.short_text_print)).at(0)),
            1U);
}

TEST_F(FieldRoundTrip, EveryPrefixAndSlotOfTheTableIsWritten) {
  for (const Field& f : kFields) {
    for (std::string_view p : {f.prefix, f.exact_prefix, f.canonical_prefix, f.linked_prefix}) {
      // Canonical terms and linked words appear once the catalogue links a name to a
      // different canonical one (until then a name stands for itself).
      const bool linked = p == f.linked_prefix || p == f.canonical_prefix;
      if (!p.empty()) {
        EXPECT_EQ(has_term_with_prefix(m_doc, p), !linked) << f.key << " " << p;
      }
    }
    if (f.slot != slot::kNone) {
      EXPECT_FALSE(m_doc.get_value(f.slot).empty()) << f.key;
    }
  }
}

TEST_F(FieldRoundTrip, StoredDataHoldsTheStoredFieldsAlone) {
  Article stored;
  ASSERT_TRUE(decode_stored_fields(m_doc.get_data(), stored));
  const Article original = full_article();
  for (const Field& f : kFields) {
    const bool kept = (f.flags & kStored) != 0;
    if (f.shape == Shape::kText) {
      EXPECT_EQ(stored.*f.text, kept ? original.*f.text : std::string()) << f.key;
    } else if (f.shape == Shape::kList) {
      EXPECT_EQ((stored.*f.list).empty(), !kept) << f.key;
    } else if (f.shape == Shape::kDate) {
      EXPECT_EQ(stored.date, original.date) << f.key;
    }
  }
}

// "name:value" for a query field: the day of a date, else the first word of the value.
std::string field_query(const Field& f) {
  const std::string text = field_text(f, full_article());
  const std::size_t end = f.kind == FieldKind::kDate ? 10 : text.find_first_of(" ;");
  return std::string(f.name) + ":" + text.substr(0, end);
}

TEST_F(FieldRoundTrip, EveryQueryFieldFindsTheArticle) {
  const auto error = std::make_shared<std::string>();
  Xapian::QueryParser qp = make_query_parser(m_db, "en", error);
  Xapian::Enquire enquire(m_db);
  for (const Field& f : kFields) {
    if (!f.name.empty()) {
      enquire.set_query(qp.parse_query(fold_entity_values(field_query(f)), full_query_flags()));
      EXPECT_EQ(enquire.get_mset(0, 10).size(), 1u) << field_query(f);
    }
  }
  EXPECT_EQ(*error, "");
}

}  // namespace
}  // namespace news::schema
