// Index level: which terms and values an article gets, and which queries then match it
// (after Omega's omindexcheck).
#include <gtest/gtest.h>
#include <xapian.h>

#include "document_codec.hpp"
#include "fields.hpp"
#include "query_parser_setup.hpp"

namespace news::schema {
namespace {

Article talks_article() {
  Article a;
  a.id = "world/2025-10-29-talks.txt";
  a.path = "sample/world/2025-10-29-talks.txt";
  a.source_file = a.id;
  a.title = "Pakistan warns Taliban after failed talks";
  a.body =
      "Defense Minister Khawaja Asif said talks in Istanbul failed.\n\nStéphane Dujarric spoke.";
  a.date = make_timestamp(2025, 10, 29, 10, 0, 0, 0);
  a.date_source = date_source::kFrontMatter;
  a.byline = "Jane Doe";
  a.source = "Example News";
  a.language = "en";
  a.persons = {"Khawaja Asif", "Stéphane Dujarric"};
  a.orgs = {"Taliban", "Baker Hughes"};
  a.places = {"Istanbul", "Washington"};
  return a;
}

bool has_term(const Xapian::Document& doc, const std::string& term) {
  auto it = doc.termlist_begin();
  it.skip_to(term);
  return it != doc.termlist_end() && *it == term;
}

class IndexTerms : public ::testing::Test {
 protected:
  void SetUp() override {
    DocumentCodec codec;
    m_doc = codec.encode(talks_article(), FileStamp{10, 20, "abc"});
    m_db.add_document(m_doc);
    Article other;
    other.id = other.source_file = "other.txt";
    other.title = "Treasury Secretary Baker on oil";
    other.persons = {"James Baker"};
    m_db.add_document(codec.encode(other, FileStamp{}));
  }

  Xapian::doccount count(const std::string& query) {
    const auto error = std::make_shared<std::string>();
    Xapian::QueryParser qp = make_query_parser(m_db, "en", error);
    Xapian::Enquire enquire(m_db);
    enquire.set_query(qp.parse_query(fold_entity_values(query), full_query_flags()));
    const Xapian::doccount matches = enquire.get_mset(0, 10).size();
    EXPECT_EQ(*error, "") << query;
    return matches;
  }

  Xapian::WritableDatabase m_db{std::string(), Xapian::DB_BACKEND_INMEMORY};
  Xapian::Document m_doc;
};

TEST_F(IndexTerms, HasTheTermsOfEachField) {
  for (const char* term :
       {"Qworld/2025-10-29-talks.txt", "XFworld/2025-10-29-talks.txt", "Staliban", "taliban",
        "istanbul", "XPkhawaja", "XPasif", "XPstephane", "XPdujarric", "XEP:khawaja asif",
        "XEP:stephane dujarric", "XOtaliban", "XEO:baker hughes", "XListanbul", "XEL:washington",
        "XSexample", "XAjane", "Len", "XDS:front-matter"}) {
    EXPECT_TRUE(has_term(m_doc, term)) << term;
  }
}

TEST_F(IndexTerms, LacksTermsThatWouldMislead) {
  for (const char* term : {"XPstéphane", "XPtaliban", "XPbaker", "XPwashington", "XPdefense",
                           "XPminister", "XOasif", "ZXPasif", "ZXOtaliban", "ZXListanbul"}) {
    EXPECT_FALSE(has_term(m_doc, term)) << term;
  }
}

TEST_F(IndexTerms, StoresDateIdAndStampValues) {
  EXPECT_EQ(m_doc.get_value(slot::kDay), "20251029");
  EXPECT_EQ(DocumentCodec::article_id(m_doc), "world/2025-10-29-talks.txt");
  EXPECT_EQ(m_doc.get_value(slot::kFileStamp), std::string("\x0a\x14", 2));  // two varints
  // Not a content_hash: kept after a zero byte (never 8 bytes long, the length of a hash).
  EXPECT_EQ(m_doc.get_value(slot::kContentHash), std::string("\0abc", 4));
  EXPECT_FALSE(m_doc.get_value(slot::kSortTime).empty());
}

TEST_F(IndexTerms, KeepsTheIdInAValueAndTheSourceFileInNone) {
  // Slot 5 held the file up to schema 5, now stored; schema 6 ended the order value with
  // the id, schema 7 holds it in slot 2 and a hash of it in the order value.
  EXPECT_EQ(m_doc.get_value(slot::kId), "world/2025-10-29-talks.txt");
  EXPECT_EQ(m_doc.get_value(5), "");
  EXPECT_EQ(m_doc.get_value(slot::kOrder).size(), 16U);
  EXPECT_EQ(DocumentCodec::source_file_of(m_doc), "world/2025-10-29-talks.txt");
  EXPECT_TRUE(DocumentCodec::from_source_file(m_doc, "world/2025-10-29-talks.txt"));
}

TEST_F(IndexTerms, StoresTheStampInBinaryAndReadsItBack) {
  DocumentCodec codec;
  const FileStamp stamp{123456789, -1700000000123456789, "0123456789abcdef"};
  const Xapian::Document doc = codec.encode(talks_article(), stamp);
  EXPECT_EQ(doc.get_value(slot::kContentHash), std::string("\x01\x23\x45\x67\x89\xab\xcd\xef", 8));
  EXPECT_LE(doc.get_value(slot::kFileStamp).size(), 14U);  // 4 + 10 varint bytes
  EXPECT_EQ(DocumentCodec::decode_stamp(doc), stamp);

  Xapian::Document restamped = doc;
  DocumentCodec::restamp(restamped, 7, 8);
  EXPECT_EQ(DocumentCodec::decode_stamp(restamped), (FileStamp{7, 8, "0123456789abcdef"}));
}

TEST_F(IndexTerms, HashesThatAreNotContentHashesReadBackAsTheyWere) {
  DocumentCodec codec;
  for (const std::string hash : {"", "0", "1234567", "12345678", "0123456789ABCDEF", "hash"}) {
    const Xapian::Document doc = codec.encode(talks_article(), FileStamp{1, 2, hash});
    EXPECT_NE(doc.get_value(slot::kContentHash).size(), 8U) << hash;
    EXPECT_EQ(DocumentCodec::decode_stamp(doc).content_hash, hash);
  }
}

TEST_F(IndexTerms, AStampValueCutShortReadsAsNoStamp) {
  Xapian::Document doc;
  doc.add_value(slot::kFileStamp, std::string("\x80", 1));
  EXPECT_EQ(DocumentCodec::decode_stamp(doc), FileStamp{});
}

TEST_F(IndexTerms, RoundTripsStoredFields) {
  const Article back = DocumentCodec::decode_article(m_doc);
  const Article a = talks_article();
  EXPECT_EQ(back.id, a.id);
  EXPECT_EQ(back.title, a.title);
  EXPECT_EQ(back.body, a.body);
  EXPECT_EQ(back.date, a.date);
  EXPECT_EQ(back.persons, a.persons);
  EXPECT_EQ(back.places, a.places);
  EXPECT_EQ(DocumentCodec::decode_stamp(m_doc), (FileStamp{10, 20, "abc"}));
}

Xapian::termcount positions(const Xapian::Document& doc, const std::string& term) {
  auto it = doc.termlist_begin();
  it.skip_to(term);
  return it != doc.termlist_end() && *it == term ? it.positionlist_count() : 0;
}

TEST_F(IndexTerms, OnlyTheWordsOfNamesOfSeveralWordsHavePositions) {
  EXPECT_GT(positions(m_doc, "XPkhawaja"), 0u);
  EXPECT_GT(positions(m_doc, "XObaker"), 0u);
  EXPECT_EQ(positions(m_doc, "XOtaliban"), 0u);  // a phrase of one word is the word
  EXPECT_EQ(positions(m_doc, "XListanbul"), 0u);
  EXPECT_GT(positions(m_doc, "istanbul"), 0u);  // the body's words keep theirs
}

struct QueryCase {
  const char* query;
  Xapian::doccount matches;
};

void PrintTo(const QueryCase& c, std::ostream* os) {
  *os << c.query;
}

class FieldQueries : public IndexTerms, public ::testing::WithParamInterface<QueryCase> {};

TEST_P(FieldQueries, MatchAsExpected) {
  EXPECT_EQ(count(GetParam().query), GetParam().matches) << GetParam().query;
}

INSTANTIATE_TEST_SUITE_P(
    Index, FieldQueries,
    ::testing::Values(
        QueryCase{"person:\"Khawaja Asif\"", 1}, QueryCase{"person:\"khawaja asif\"", 1},
        QueryCase{"person:asif", 1}, QueryCase{"person:Asif", 1},
        QueryCase{"person:\"Stephane Dujarric\"", 1}, QueryCase{"person:\"STÉPHANE Dujarric\"", 1},
        QueryCase{"person:\"asif khawaja\"", 0}, QueryCase{"person:\"asif stephane\"", 0},
        QueryCase{"person:baker", 1},  // the Treasury Secretary, not Baker Hughes
        QueryCase{"org:baker", 1}, QueryCase{"person:washington", 0},
        QueryCase{"place:washington", 1}, QueryCase{"org:taliban", 1},
        QueryCase{"place:\"istanbul\"", 1}, QueryCase{"org:\"baker hughes\"", 1},
        QueryCase{"org:\"hughes baker\"", 0}, QueryCase{"person:khawa*", 1},
        QueryCase{"person:asifs", 0},  // name words are not stemmed
        QueryCase{"title:taliban", 1}, QueryCase{"title:istanbul", 0}, QueryCase{"istanbul", 1},
        QueryCase{"talks", 1}, QueryCase{"talk", 1}, QueryCase{"\"failed talks\"", 1},
        QueryCase{"\"talks failed\"", 0}, QueryCase{"\"talks in istanbul\"", 1},
        QueryCase{"pakistan AND oil", 0}, QueryCase{"pakistan OR oil", 2},
        QueryCase{"pakistan NOT asif", 0}, QueryCase{"taliban -istanbul", 0}, QueryCase{"tali*", 1},
        QueryCase{"khawaja NEAR istanbul", 1}, QueryCase{"source:example", 1},
        QueryCase{"by:doe", 1}, QueryCase{"lang:en", 1}, QueryCase{"lang:fr", 0},
        QueryCase{"datesource:front-matter", 1}, QueryCase{"date:2025-10-29", 1},
        QueryCase{"date:2025-10", 1}, QueryCase{"date:2025", 1}, QueryCase{"date:2025-11", 0},
        QueryCase{"date:2025-10-01..2025-10-31", 1}, QueryCase{"date:2025..", 1},
        QueryCase{"date:..2024", 0}, QueryCase{"date:2025-10-30..", 0},
        QueryCase{"oil date:..", 0}));

TEST(LanguageStemming, ArticlesAreStemmedForTheirLanguage) {
  DocumentCodec codec;
  Article french;
  french.id = "greve.md";
  french.title = "Grève";
  french.body = "Les perturbations continuent.";
  french.language = "fr";
  const Xapian::Document fr = codec.encode(french, FileStamp{});
  EXPECT_TRUE(has_term(fr, "Z" + Xapian::Stem("french")("perturbations")));
  EXPECT_TRUE(has_term(fr, "Lfr"));
  Article chinese = french;
  chinese.body = "北京大学";
  chinese.language = "zh";
  EXPECT_TRUE(has_term(codec.encode(chinese, FileStamp{}), "北京"));  // CJK n-grams
}

TEST(DateField, MalformedDatesAreReportedNotThrownThroughTheParser) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const auto error = std::make_shared<std::string>();
  const Xapian::Query q = make_query_parser(db, "en", error).parse_query("oil date:tomorrow");
  EXPECT_NE(error->find("not a date: \"tomorrow\""), std::string::npos) << *error;
  EXPECT_TRUE(q.empty()) << q.get_description();  // matches nothing
}

TEST(EntityQuery, IsAPhraseOfFoldedWordsAsRecognisedOrLinked) {
  EXPECT_EQ(entity_query("person", "Stéphane  Dujarric").get_description(),
            "Query(((XPstephane@1 PHRASE 2 XPdujarric@2) OR "
            "(XCPstephane@1 PHRASE 2 XCPdujarric@2)))");
  EXPECT_EQ(entity_query("place", "Kabul").get_description(), "Query((XLkabul@1 OR XCLkabul@1))");
}

TEST(FoldEntityValues, FoldsOnlyEntityFieldValues) {
  EXPECT_EQ(fold_entity_values("person:\"Stéphane Dujarric\" Élysée"),
            "person:\"stephane dujarric\" Élysée");
  EXPECT_EQ(fold_entity_values("(org:UN OR place:Zürich) title:Zürich"),
            "(org:\"un\" OR place:\"zurich\") title:Zürich");
  EXPECT_EQ(fold_entity_values("https://x.org/person:Ab"), "https://x.org/person:Ab");
  EXPECT_EQ(fold_entity_values("-person:Asif"), "-person:\"asif\"");
  EXPECT_EQ(fold_entity_values("person:Asi* place:"), "person:asi* place:");
  EXPECT_EQ(fold_entity_values("person:\"unclosed"), "person:\"unclosed");
}

struct SpanCase {
  const char* text;
  const char* first;
  const char* last;
};

void PrintTo(const SpanCase& c, std::ostream* os) {
  *os << c.text;
}

class DaySpan : public ::testing::TestWithParam<SpanCase> {};

TEST_P(DaySpan, CoversThePartialDate) {
  const auto span = day_span(GetParam().text);
  if (GetParam().first == nullptr) {
    EXPECT_FALSE(span) << GetParam().text;
    return;
  }
  ASSERT_TRUE(span) << GetParam().text;
  EXPECT_EQ(span->first, GetParam().first);
  EXPECT_EQ(span->second, GetParam().last);
}

INSTANTIATE_TEST_SUITE_P(Dates, DaySpan,
                         ::testing::Values(SpanCase{"2025", "20250101", "20251231"},
                                           SpanCase{"2025-10", "20251001", "20251031"},
                                           SpanCase{"2024-02", "20240201", "20240229"},
                                           SpanCase{"2025-02-28", "20250228", "20250228"},
                                           SpanCase{"2025/10/29", "20251029", "20251029"},
                                           SpanCase{"20251029", "20251029", "20251029"},
                                           SpanCase{"2025-02-29", nullptr, nullptr},
                                           SpanCase{"2025-13", nullptr, nullptr},
                                           SpanCase{"25-10-29", nullptr, nullptr},
                                           SpanCase{"soon", nullptr, nullptr},
                                           SpanCase{"", nullptr, nullptr}));

TEST(BoundedTerm, KeepsLongTermsUniqueAndShort) {
  const std::string a = bounded_term("Q", std::string(300, 'a') + "1");
  const std::string b = bounded_term("Q", std::string(300, 'a') + "2");
  EXPECT_LE(a.size(), 240u);
  EXPECT_NE(a, b);
  EXPECT_EQ(bounded_term("Q", "short"), "Qshort");
}

}  // namespace
}  // namespace news::schema
