// Index level: words are indexed in their folded form, and the spelling table gets the
// words and entity names of each article.
#include <gtest/gtest.h>
#include <xapian.h>

#include <map>
#include <string>

#include "document_codec.hpp"
#include "spelling_data.hpp"
#include "support/temp_dir.hpp"

namespace news::schema {
namespace {

bool has_term(const Xapian::Document& doc, const std::string& term) {
  auto it = doc.termlist_begin();
  it.skip_to(term);
  return it != doc.termlist_end() && *it == term;
}

Xapian::Document encoded() {
  Article a;
  a.id = a.source_file = "z.txt";
  a.title = "Elections in Zürich";
  a.body = "Javier Pérez de Cuéllar said the U.S. and AT&T use C++ with us.";
  a.language = "en";
  a.persons = {"Javier Pérez de Cuéllar"};
  DocumentCodec codec;
  return codec.encode(a, FileStamp{});
}

TEST(WordForms, WordsAreIndexedFolded) {
  const Xapian::Document doc = encoded();
  for (const char* term : {"zurich", "Szurich", "perez", "cuellar", "Zcuellar", "u_s", "at&t",
                           "c++", "us", "XPperez"}) {
    EXPECT_TRUE(has_term(doc, term)) << term;
  }
  for (const char* term : {"zürich", "pérez", "Szürich"}) {
    EXPECT_FALSE(has_term(doc, term)) << term;
  }
}

TEST(WordForms, SpellingWordsArePlainWordsAndNameWords) {
  EXPECT_EQ(spelling_word("zurich"), "zurich");
  EXPECT_EQ(spelling_word("XPstoltenberg"), "stoltenberg");
  EXPECT_EQ(spelling_word("Zzurich"), "");
  EXPECT_EQ(spelling_word("Szurich"), "");
  EXPECT_EQ(spelling_word("of"), "");
  EXPECT_EQ(spelling_word("u_s"), "");
  EXPECT_EQ(spelling_word("1987"), "");
  EXPECT_EQ(spelling_word("XEP:javier perez"), "");
  EXPECT_EQ(spelling_word("Qz.txt"), "");
}

TEST(WordForms, SpellingDataGivesSuggestions) {
  test::TempDir dir;  // the in-memory backend keeps no spelling data
  Xapian::WritableDatabase db(dir / "s.db", Xapian::DB_CREATE);
  const Xapian::Document doc = encoded();
  db.add_document(doc);
  add_spelling_data(db, doc);
  db.commit();
  EXPECT_EQ(db.get_spelling_suggestion("cuelar"), "cuellar");
  EXPECT_EQ(db.get_spelling_suggestion("zurihc"), "zurich");
}

// The spelling table's word frequencies, word by word.
std::map<std::string, Xapian::doccount> spelling_table(const Xapian::Database& db) {
  std::map<std::string, Xapian::doccount> table;
  for (auto it = db.spellings_begin(); it != db.spellings_end(); ++it) {
    table[*it] = it.get_termfreq();
  }
  return table;
}

TEST(WordForms, CountedSpellingWordsWriteTheSameTableAsEachArticle) {
  test::TempDir dir;
  Xapian::WritableDatabase one_by_one(dir / "one.db", Xapian::DB_CREATE);
  Xapian::WritableDatabase counted(dir / "counted.db", Xapian::DB_CREATE);
  const Xapian::Document doc = encoded();
  SpellingCounts counts;
  for (int i = 0; i < 3; ++i) {
    add_spelling_data(one_by_one, doc);
    counts.add(spelling_words(doc));
  }
  EXPECT_FALSE(counts.empty());
  counts.write_to(counted);
  EXPECT_TRUE(counts.empty());
  one_by_one.commit();
  counted.commit();
  const auto table = spelling_table(counted);
  EXPECT_EQ(table, spelling_table(one_by_one));
  EXPECT_EQ(table.at("zurich"), 3U);
  EXPECT_EQ(table.at("cuellar"), 6U);  // a plain word and a person's word
}

}  // namespace
}  // namespace news::schema
