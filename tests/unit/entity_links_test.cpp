// Index level: link terms of stored articles (schema/entity_terms) and the catalogue's
// end-of-run pass over an in-memory index (indexer/catalogue/catalogue): a surname linked
// to the archive's full name, an ambiguous one decided by the article's other entities or
// left alone, country aliases, alias rules, and the links after deletions and changes.
#include <gtest/gtest.h>
#include <xapian.h>

#include "catalogue/catalogue.hpp"
#include "catalogue/link_snapshot.hpp"
#include "document_codec.hpp"
#include "entity_terms.hpp"
#include "query_parser_setup.hpp"
#include "support/temp_dir.hpp"

namespace news {
namespace {

using schema::DocumentCodec;
using test::TempDir;

Article article(const std::string& id, std::vector<std::string> persons,
                std::vector<std::string> orgs = {}, std::vector<std::string> places = {}) {
  Article a;
  a.id = a.source_file = id;
  a.title = id;
  a.persons = std::move(persons);
  a.orgs = std::move(orgs);
  a.places = std::move(places);
  return a;
}

class EntityLinks : public ::testing::Test {
 protected:
  Xapian::docid add(const Article& a) {
    const Xapian::docid id =
        m_db.replace_document(DocumentCodec::id_term(a.id), m_codec.encode(a, FileStamp{}));
    m_written.push_back(id);
    return id;
  }
  catalogue::RelinkStats relink() {
    const catalogue::RelinkStats stats = catalogue::update_links(m_db, m_written, {});
    m_written.clear();
    return stats;
  }
  std::set<std::string> found(const std::string& field, const std::string& name) {
    Xapian::Enquire enquire(m_db);
    enquire.set_query(schema::entity_query(field, name));
    std::set<std::string> ids;
    const Xapian::MSet mset = enquire.get_mset(0, 100);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      ids.insert(DocumentCodec::decode_article(it.get_document()).id);
    }
    return ids;
  }
  std::vector<std::string> canonical(Xapian::docid id, const std::string& field) {
    return schema::canonical_names(m_db.get_document(id), field);
  }

  DocumentCodec m_codec;
  TempDir m_dir;  // the catalogue keeps metadata, which the in-memory backend lacks
  Xapian::WritableDatabase m_db{(m_dir.path() / "index.db").string(), Xapian::DB_CREATE};
  std::vector<Xapian::docid> m_written;
};

TEST_F(EntityLinks, LinkTermsAreReplacedNotAdded) {
  Xapian::Document doc = m_codec.encode(article("a", {"Reagan"}), FileStamp{});
  EXPECT_EQ(schema::canonical_names(doc, "person"), std::vector<std::string>{"reagan"});
  schema::set_entity_links(doc, "person", {{"reagan", "Ronald Reagan"}});
  EXPECT_EQ(schema::canonical_names(doc, "person"), std::vector<std::string>{"ronald reagan"});
  schema::set_entity_links(doc, "person", {{"reagan", "Reagan"}});
  EXPECT_EQ(schema::canonical_names(doc, "person"), std::vector<std::string>{"reagan"});
  EXPECT_EQ(schema::entity_names(doc, "person"), std::vector<std::string>{"reagan"});
}

std::vector<std::string> terms_from(const Xapian::Document& doc, const std::string& prefix) {
  std::vector<std::string> out;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    if ((*it).starts_with(prefix)) {
      out.push_back(*it);
    }
  }
  return out;
}

// Schema 6: a name stands for itself without a canonical term of its own; only an article
// with a linked name of a field holds canonical terms for it (with the link mark).
TEST_F(EntityLinks, OnlyLinkedFieldsHoldCanonicalTerms) {
  Xapian::Document doc =
      m_codec.encode(article("a", {"Reagan", "James Baker"}, {"Mobil"}), FileStamp{});
  EXPECT_EQ(terms_from(doc, "XCE"), std::vector<std::string>{});
  EXPECT_EQ(schema::canonical_names(doc, "person"),
            (std::vector<std::string>{"james baker", "reagan"}));
  schema::set_entity_links(doc, "person",
                           {{"reagan", "Ronald Reagan"}, {"james baker", "James Baker"}});
  EXPECT_EQ(terms_from(doc, "XCE"),
            (std::vector<std::string>{"XCEP:", "XCEP:james baker", "XCEP:ronald reagan"}));
  EXPECT_EQ(schema::link_mark_term("person"), "XCEP:");
  EXPECT_EQ(schema::canonical_names(doc, "person"),
            (std::vector<std::string>{"james baker", "ronald reagan"}));
  EXPECT_EQ(schema::canonical_names(doc, "org"), std::vector<std::string>{"mobil"});
  schema::set_entity_links(doc, "person", {{"reagan", "Reagan"}, {"james baker", "James Baker"}});
  EXPECT_EQ(terms_from(doc, "XC"), std::vector<std::string>{});
}

// Counts and the variants' counts of the catalogue listing read linked articles by their
// canonical terms and the others by their exact names.
TEST_F(EntityLinks, CountsMixLinkedAndUnlinkedArticles) {
  add(article("full", {"Ronald Reagan"}));
  add(article("full2", {"Ronald Reagan"}));
  const Xapian::docid surname = add(article("surname", {"Reagan", "Margaret Thatcher"}));
  add(article("other", {"Margaret Thatcher"}));
  relink();
  ASSERT_EQ(canonical(surname, "person"),
            (std::vector<std::string>{"margaret thatcher", "ronald reagan"}));
  EXPECT_EQ(schema::canonical_entity_counts(m_db, "person"),
            (std::vector<schema::NameCount>{{"margaret thatcher", 2}, {"ronald reagan", 3}}));
  EXPECT_EQ(schema::linked_article_count(m_db, "person", "reagan", "ronald reagan"), 1u);
  EXPECT_EQ(schema::linked_article_count(m_db, "person", "reagan", "reagan"), 0u);
  EXPECT_EQ(schema::linked_article_count(m_db, "person", "ronald reagan", "ronald reagan"), 2u);
  EXPECT_EQ(schema::linked_article_count(m_db, "person", "margaret thatcher", "margaret thatcher"),
            2u);
}

// The catalogue reads names from the database's term list (no positions loaded): the
// same names, per field, as the stored document's own term list gives.
TEST_F(EntityLinks, NamesFromTheTermListAreTheDocumentsNames) {
  add(article("full", {"Ronald Reagan", "James Baker"}, {"Baker Hughes"}, {"U.S.", "Tokyo"}));
  const Xapian::docid id =
      add(article("short", {"Reagan", "Baker"}, {"Baker Hughes Inc"}, {"USA", "Paris", "Tokyo"}));
  relink();
  const schema::EntityNames names = schema::entity_names(m_db, id);
  const schema::EntityNames canonical = schema::canonical_names(m_db, id);
  const Xapian::Document doc = m_db.get_document(id);
  for (std::size_t f = 0; f < schema::kEntityFields.size(); ++f) {
    EXPECT_EQ(names[f], schema::entity_names(doc, schema::kEntityFields[f]));
    EXPECT_EQ(canonical[f], schema::canonical_names(doc, schema::kEntityFields[f]));
  }
  EXPECT_EQ(names[0], (std::vector<std::string>{"baker", "reagan"}));
  EXPECT_EQ(canonical[0], (std::vector<std::string>{"baker", "ronald reagan"}));
  EXPECT_EQ(names[2], (std::vector<std::string>{"paris", "tokyo", "usa"}));
  EXPECT_EQ(canonical[2], (std::vector<std::string>{"paris", "tokyo", "united states"}));
  m_db.delete_document(id);
  EXPECT_THROW(schema::entity_names(m_db, id), Xapian::DocNotFoundError);
}

TEST_F(EntityLinks, SurnameFindsTheFullNameOnceLinked) {
  add(article("full", {"Ronald Reagan"}));
  const Xapian::docid surname = add(article("surname", {"Reagan"}));
  EXPECT_EQ(found("person", "Ronald Reagan"), std::set<std::string>{"full"});
  EXPECT_EQ(relink().relinked, 1u);
  EXPECT_EQ(canonical(surname, "person"), std::vector<std::string>{"ronald reagan"});
  EXPECT_EQ(found("person", "Ronald Reagan"), (std::set<std::string>{"full", "surname"}));
  EXPECT_EQ(found("person", "reagan"), (std::set<std::string>{"full", "surname"}));
  EXPECT_EQ(relink().relinked, 0u) << "nothing changed: nothing is rewritten";
}

TEST_F(EntityLinks, AmbiguousSurnameIsDecidedByContextOrLeftAlone) {
  for (int i = 0; i < 6; ++i) {
    add(article("james" + std::to_string(i), {"James Baker", "Paul Volcker"}, {"Treasury"}));
    add(article("howard" + std::to_string(i), {"Howard Baker", "Ronald Reagan"}, {"White House"}));
  }
  const Xapian::docid treasury = add(article("t", {"Baker", "Paul Volcker"}, {"Treasury"}));
  const Xapian::docid white_house = add(article("w", {"Baker", "Ronald Reagan"}, {"White House"}));
  const Xapian::docid alone = add(article("alone", {"Baker"}, {"Acme"}));
  const Xapian::docid company = add(article("c", {"Baker"}, {"Baker Hughes"}));
  relink();
  EXPECT_EQ(canonical(treasury, "person")[0], "james baker");
  EXPECT_EQ(canonical(white_house, "person")[0], "howard baker");
  EXPECT_EQ(canonical(alone, "person")[0], "baker");
  EXPECT_EQ(canonical(company, "person")[0], "baker");
}

TEST_F(EntityLinks, CountryNamesAndCodesAreOnePlace) {
  add(article("a", {}, {}, {"U.S."}));
  add(article("b", {}, {}, {"USA"}));
  add(article("c", {}, {}, {"United States"}));
  relink();
  EXPECT_EQ(found("place", "United States"), (std::set<std::string>{"a", "b", "c"}));
  EXPECT_EQ(found("place", "USA"), std::set<std::string>{"b"});
}

TEST_F(EntityLinks, DeletingTheFullNameUnlinksTheSurname) {
  add(article("full", {"Ronald Reagan"}));
  const Xapian::docid surname = add(article("surname", {"Reagan"}));
  relink();
  m_db.delete_document(DocumentCodec::id_term("full"));
  relink();
  EXPECT_EQ(canonical(surname, "person"), std::vector<std::string>{"reagan"});
  EXPECT_TRUE(found("person", "Ronald Reagan").empty());
}

TEST_F(EntityLinks, ChangedArticleGetsNewLinks) {
  add(article("full", {"Ronald Reagan"}));
  add(article("surname", {"Reagan"}));
  relink();
  const Xapian::docid changed = add(article("surname", {"Nakasone"}));
  add(article("full2", {"Yasuhiro Nakasone"}));
  relink();
  EXPECT_EQ(canonical(changed, "person"), std::vector<std::string>{"yasuhiro nakasone"});
  EXPECT_EQ(found("person", "Ronald Reagan"), std::set<std::string>{"full"});
}

TEST_F(EntityLinks, AliasRulesMergeAndSplit) {
  add(article("full", {"James Baker"}));
  const Xapian::docid surname = add(article("surname", {"Baker"}));
  const Xapian::docid titled = add(article("titled", {"President Reagan"}));
  relink();
  EXPECT_EQ(canonical(surname, "person")[0], "james baker");
  catalogue::store_aliases(m_db, "James Baker != Baker\nRonald Reagan = President Reagan\n");
  EXPECT_EQ(relink().relinked, 2u) << "re-linked from the index alone";
  EXPECT_EQ(canonical(surname, "person")[0], "baker");
  EXPECT_EQ(canonical(titled, "person")[0], "ronald reagan");
  EXPECT_EQ(found("person", "Ronald Reagan"), std::set<std::string>{"titled"});
}

TEST_F(EntityLinks, KnownPersonsAreFoundWhereTheRecogniserMissedThem) {
  for (int i = 0; i < 6; ++i) {
    Article a = article("v" + std::to_string(i), {"Paul Volcker"});
    a.body = "Fed chairman Paul Volcker said rates would hold. Volcker spoke in Washington.";
    add(a);
  }
  catalogue::DisplayNames display;
  display[0]["paul volcker"] = "Paul Volcker";
  const catalogue::LinkSnapshot snapshot(m_db, display);
  Article headline = article("h", {});
  headline.title = "Volcker Sees No Clearcut Evidence";
  headline.body = "The volcker index rose. Prices Rose.";
  snapshot.add_known_persons(headline);
  EXPECT_EQ(headline.persons, std::vector<std::string>{"Volcker"});
  Article recognised = article("r", {"Paul Volcker"});
  recognised.title = "Volcker Sees No Clearcut Evidence";
  snapshot.add_known_persons(recognised);
  EXPECT_EQ(recognised.persons, std::vector<std::string>{"Paul Volcker"});
  Article mistyped = article("m", {}, {}, {"Volcker", "Washington"});
  mistyped.body = "Volcker spoke in Washington.";
  snapshot.add_known_persons(mistyped);
  EXPECT_EQ(mistyped.persons, std::vector<std::string>{"Volcker"});
  EXPECT_EQ(mistyped.places, std::vector<std::string>{"Washington"});
}

}  // namespace
}  // namespace news
