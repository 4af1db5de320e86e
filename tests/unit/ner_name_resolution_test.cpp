#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "name_resolution.hpp"
#include "text_fold.hpp"

namespace news::ner {
namespace {

using Names = std::vector<std::string>;

// Spans of every occurrence of the token sequence `phrase` in `doc`.
void mark(const Document& doc, std::string_view phrase, EntityType type, std::vector<Span>& out) {
  Document p = make_document(phrase);
  for (std::size_t i = 0; i + p.tokens.size() <= doc.tokens.size(); ++i) {
    bool same = true;
    for (std::size_t k = 0; k < p.tokens.size() && same; ++k) {
      same = doc.tokens[i + k].text == p.tokens[k].text;
    }
    if (same) {
      out.push_back(Span{i, i + p.tokens.size(), type});
    }
  }
}

EntitySets resolve(const Document& doc, std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end(),
            [](const Span& a, const Span& b) { return a.first < b.first; });
  return resolve_names(doc, spans);
}

TEST(NerNameResolution, SurnamesResolveToFullNamesWithoutTitles) {
  Document doc = make_document(
      "Defense Minister Khawaja Asif warned Kabul.\nAsif said so.\nKhawaja Asif added more.");
  std::vector<Span> spans;
  mark(doc, "Defense Minister Khawaja Asif", EntityType::kPerson, spans);
  mark(doc, "Asif said", EntityType::kPerson, spans);
  spans.back().last -= 1;
  mark(doc, "Kabul", EntityType::kLocation, spans);
  EntitySets sets = resolve(doc, spans);
  EXPECT_EQ(sets.persons, Names{"Khawaja Asif"});
  EXPECT_EQ(sets.places, Names{"Kabul"});
}

TEST(NerNameResolution, DropsTitleOnlySpans) {
  Document doc = make_document("Defense Minister: attacks would be a mistake");
  std::vector<Span> spans;
  mark(doc, "Defense Minister", EntityType::kPerson, spans);
  EXPECT_TRUE(resolve(doc, spans).persons.empty());
}

TEST(NerNameResolution, AcronymsResolveToTheirExpansion) {
  Document doc = make_document(
      "The banned Tehrik-i-Taliban Pakistan (TTP) must be stopped.\nThe TTP denied it.\n"
      "The UN spoke.\nThe United Nations hopes for peace.");
  std::vector<Span> spans;
  mark(doc, "Tehrik-i-Taliban Pakistan", EntityType::kOrganization, spans);
  mark(doc, "TTP", EntityType::kOrganization, spans);
  mark(doc, "UN", EntityType::kOrganization, spans);
  mark(doc, "United Nations", EntityType::kOrganization, spans);
  EXPECT_EQ(resolve(doc, spans).orgs, (Names{"Tehrik-i-Taliban Pakistan", "United Nations"}));
}

TEST(NerNameResolution, CaseAndDiacriticsVariantsAreOneEntity) {
  Document doc =
      make_document("STÉPHANE DUJARRIC SPEAKS\nStéphane Dujarric said.\nStephane Dujarric added.");
  std::vector<Span> spans;
  mark(doc, "STÉPHANE DUJARRIC", EntityType::kPerson, spans);
  mark(doc, "Stéphane Dujarric", EntityType::kPerson, spans);
  mark(doc, "Stephane Dujarric", EntityType::kPerson, spans);
  EXPECT_EQ(resolve(doc, spans).persons, Names{"Stéphane Dujarric"});
}

TEST(NerNameResolution, MajorityTypeWinsAndOrderIsFirstMention) {
  Document doc = make_document("Jordan met Brazil.\nJordan and Brazil.\nJordan again.");
  std::vector<Span> spans = {{0, 1, EntityType::kLocation}, {2, 3, EntityType::kLocation}};
  std::vector<Span> rest;
  mark(doc, "Jordan", EntityType::kPerson, rest);
  spans.push_back(rest[1]);
  spans.push_back(rest[2]);
  EntitySets sets = resolve(doc, spans);
  EXPECT_EQ(sets.persons, Names{"Jordan"});
  EXPECT_EQ(sets.places, Names{"Brazil"});
}

TEST(NerNameResolution, CapitalsAreTitleCasedWhenNoOtherFormExists) {
  Document doc = make_document("TALKS IN BRUSSELS FAIL");
  std::vector<Span> spans;
  mark(doc, "BRUSSELS", EntityType::kLocation, spans);
  EXPECT_EQ(resolve(doc, spans).places, Names{"Brussels"});
}

TEST(NerNameResolution, AcronymsInRunningTextKeepTheirCapitals) {
  Document doc = make_document("Shares of LVMH rose in PARIS trading.");
  std::vector<Span> spans;
  mark(doc, "LVMH", EntityType::kOrganization, spans);
  mark(doc, "PARIS", EntityType::kLocation, spans);
  EntitySets sets = resolve(doc, spans);
  EXPECT_EQ(sets.orgs, Names{"LVMH"});
  EXPECT_EQ(sets.places, Names{"PARIS"});
}

TEST(NerNameResolution, FoldsNames) {
  EXPECT_EQ(fold_name("Stéphane  Dujarric"), "stephane dujarric");
  EXPECT_EQ(fold_name("U.N."), "un");
  EXPECT_EQ(fix_capitals("BRUSSELS"), "Brussels");
  EXPECT_EQ(fix_capitals("USA"), "USA");
  EXPECT_EQ(fix_capitals("McDonald"), "McDonald");
}

}  // namespace
}  // namespace news::ner
