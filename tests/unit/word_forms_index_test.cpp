// Index level: words are indexed in their folded form, and the spelling table gets the
// words and entity names of each article.
#include <gtest/gtest.h>
#include <xapian.h>

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

}  // namespace
}  // namespace news::schema
