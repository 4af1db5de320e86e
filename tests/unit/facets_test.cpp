// Facets, timelines and collapsed copies in the search library: request in, response out,
// over indexes written with the document codec; and the pieces they are made of (facet
// values, periods, top values, the SVG chart).
#include <gtest/gtest.h>

#include <numeric>

#include "catalogue/catalogue_store.hpp"
#include "database.hpp"
#include "document_codec.hpp"
#include "entity_terms.hpp"
#include "error.hpp"
#include "facet_counts.hpp"
#include "facet_values.hpp"
#include "fields.hpp"
#include "markup_text.hpp"
#include "near_duplicates.hpp"
#include "search_engine.hpp"
#include "searcher.hpp"
#include "support/temp_dir.hpp"
#include "svg_chart.hpp"
#include "timeline.hpp"

namespace news {
namespace {

using test::TempDir;

struct Story {
  std::string id;
  std::string cluster;  // "" heads its own
  std::optional<Timestamp> date;
  std::vector<std::string> persons;
  std::string source = "Wire";
  std::string body = "The harbour strike went on in the port city.";
};

std::string write_index(const TempDir& dir, const std::vector<Story>& stories) {
  const std::string path = dir / "db";
  Xapian::WritableDatabase db = schema::open_for_writing(path);
  schema::DocumentCodec codec;
  for (const Story& s : stories) {
    Article a;
    a.id = a.path = a.source_file = s.id;
    a.title = "Harbour story " + s.id;
    a.body = s.body;
    a.language = "en";
    a.source = s.source;
    a.date = s.date;
    a.persons = s.persons;
    Xapian::Document doc = codec.encode(a, FileStamp{});
    schema::set_cluster(doc, s.cluster.empty() ? s.id : s.cluster);
    db.replace_document(schema::DocumentCodec::id_term(a.id), doc);
  }
  db.set_metadata(schema::display_name_prefix("person") + "khawaja asif", "Khawaja Asif");
  db.commit();
  return path;
}

std::optional<Timestamp> day(int y, unsigned m, unsigned d) {
  return make_timestamp(y, m, d);
}

// a and a-copy are one story; b and c are stories of their own; d is undated.
std::vector<Story> harbour() {
  return {{"a", "", day(2025, 10, 29), {"Khawaja Asif", "Nadia Qureshi"}},
          {"a-copy", "a", day(2025, 10, 30), {"Khawaja Asif"}, "Other Wire"},
          {"b", "", day(2025, 12, 1), {"khawaja asif"}},
          {"c", "", day(2024, 1, 2), {}},
          {"d", "", std::nullopt, {"Nadia Qureshi"}}};
}

SearchResponse search(const std::string& db, SearchRequest r) {
  SearchEngine engine({db});
  r.query = "harbour";
  r.limit = 100;
  return engine.search(r);
}

const FacetCounts& facet(const SearchResponse& r, const std::string& field) {
  for (const FacetCounts& f : r.header.facets) {
    if (f.field == field) {
      return f;
    }
  }
  throw std::runtime_error("no facet " + field);
}

std::size_t timeline_sum(const Timeline& t) {
  return std::accumulate(
      t.periods.begin(), t.periods.end(), t.undated,
      [](std::size_t sum, const TimelinePeriodCount& p) { return sum + p.count; });
}

TEST(Facets, CountEveryMatchOncePerValueUnderDisplayNames) {
  TempDir dir;
  SearchRequest r;
  r.facets = {FacetField::kPerson, FacetField::kSource, FacetField::kLanguage, FacetField::kYear};
  r.limit = 1;
  const SearchResponse response = search(write_index(dir, harbour()), r);
  const FacetCounts& persons = facet(response, "person");
  ASSERT_EQ(persons.values.size(), 2u);
  EXPECT_EQ(persons.values[0].value, "Khawaja Asif");  // both spellings, display form
  EXPECT_EQ(persons.values[0].count, 3u);
  EXPECT_EQ(persons.values[1].value, "nadia qureshi");  // no display form: folded
  EXPECT_EQ(persons.values[1].count, 2u);
  EXPECT_EQ(facet(response, "source").values[0].value, "Wire");
  EXPECT_EQ(facet(response, "source").values[0].count, 4u);
  EXPECT_EQ(facet(response, "lang").values[0].count, 5u);
  EXPECT_EQ(facet(response, "year").values[0].value, "2025");
  EXPECT_EQ(facet(response, "year").values[0].count, 3u);
  EXPECT_EQ(response.header.counted, 5u);
  EXPECT_EQ(response.header.count_by, "article");
}

TEST(Facets, CountByStoryCountsACopyOnce) {
  TempDir dir;
  SearchRequest r;
  r.facets = {FacetField::kPerson};
  r.timeline = TimelinePeriod::kYear;
  r.count_by = CountBy::kStory;
  const SearchResponse response = search(write_index(dir, harbour()), r);
  EXPECT_EQ(response.header.counted, 4u);
  EXPECT_EQ(facet(response, "person").values[0].count, 2u);
  EXPECT_EQ(timeline_sum(response.header.timeline), 4u);
}

// Remote indexes count with Xapian's value-count spies (xapian-tcpsrv runs no other):
// searched as remote, a local index gives the counting spy's source, language, year and
// timeline counts; entity facets and counting by story are refused.
TEST(Facets, ValueCountSpiesCountAsTheCountingSpy) {
  TempDir dir;
  const std::string path = write_index(dir, harbour());
  const Xapian::Database db(path);
  SearchRequest r;
  r.query = "harbour";
  r.facets = {FacetField::kSource, FacetField::kLanguage, FacetField::kYear};
  r.timeline = TimelinePeriod::kMonth;
  const SearchHeader local = Searcher(db, r, false).run();
  const SearchHeader remote = Searcher(db, r, true).run();
  ASSERT_EQ(remote.facets.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(remote.facets[i].field, local.facets[i].field);
    ASSERT_EQ(remote.facets[i].values.size(), local.facets[i].values.size()) << i;
    for (std::size_t v = 0; v < local.facets[i].values.size(); ++v) {
      EXPECT_EQ(remote.facets[i].values[v].value, local.facets[i].values[v].value);
      EXPECT_EQ(remote.facets[i].values[v].count, local.facets[i].values[v].count);
    }
  }
  EXPECT_EQ(facet({remote, {}}, "source").values[1].value, "Other Wire");
  ASSERT_EQ(remote.timeline.periods.size(), local.timeline.periods.size());
  EXPECT_EQ(remote.timeline.undated, 1u);
  EXPECT_EQ(timeline_sum(remote.timeline), 5u);
  EXPECT_EQ(remote.counted, 5u);
  EXPECT_EQ(remote.total, 5u);
  EXPECT_TRUE(remote.total_is_exact);
  for (const auto& change : {+[](SearchRequest& q) { q.facets = {FacetField::kPerson}; },
                             +[](SearchRequest& q) { q.count_by = CountBy::kStory; }}) {
    SearchRequest refused = r;
    change(refused);
    EXPECT_THROW(Searcher(db, refused, true).run(), Error);
  }
}

TEST(Facets, LimitKeepsTheTopValuesAndCountsTheRest) {
  const FacetCounts top = top_values({{"b", 2}, {"a", 2}, {"c", 5}, {"d", 1}}, 3);
  ASSERT_EQ(top.values.size(), 3u);
  EXPECT_EQ(top.values[0].value, "c");
  EXPECT_EQ(top.values[1].value, "a");  // ties by value
  EXPECT_EQ(top.values[2].value, "b");
  EXPECT_EQ(top.other_values, 1u);
  EXPECT_TRUE(top_values({}, 5).values.empty());
}

TEST(Timeline, CountsAddUpToTheTotalWithEmptyPeriodsAndUndated) {
  TempDir dir;
  SearchRequest r;
  r.timeline = TimelinePeriod::kMonth;
  const SearchResponse response = search(write_index(dir, harbour()), r);
  const Timeline& t = response.header.timeline;
  EXPECT_EQ(t.period, "month");
  ASSERT_EQ(t.periods.size(), 24u);  // 2024-01 .. 2025-12
  EXPECT_EQ(t.periods.front().period, "2024-01");
  EXPECT_EQ(t.periods.front().count, 1u);
  EXPECT_EQ(t.periods[1].count, 0u);
  EXPECT_EQ(t.periods[21].period, "2025-10");
  EXPECT_EQ(t.periods[21].count, 2u);
  EXPECT_EQ(t.undated, 1u);
  EXPECT_EQ(timeline_sum(t), response.header.total);
}

TEST(Timeline, PeriodsOfADay) {
  const struct {
    const char* day;
    TimelinePeriod period;
    const char* label;
  } cases[] = {
      {"20251029", TimelinePeriod::kDay, "2025-10-29"},
      {"20251029", TimelinePeriod::kWeek, "2025-W44"},
      {"20241230", TimelinePeriod::kWeek, "2025-W01"},  // ISO year differs from the day's
      {"20210101", TimelinePeriod::kWeek, "2020-W53"},
      {"20251029", TimelinePeriod::kMonth, "2025-10"},
      {"20251029", TimelinePeriod::kYear, "2025"},
      {"20250230", TimelinePeriod::kDay, ""},  // no such day
      {"2025", TimelinePeriod::kYear, ""},
      {"2025x029", TimelinePeriod::kMonth, ""},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(period_of_day(c.day, c.period), c.label) << c.day;
  }
}

TEST(Timeline, NextPeriodCrossesYearEnds) {
  EXPECT_EQ(next_period("2024-12-31", TimelinePeriod::kDay), "2025-01-01");
  EXPECT_EQ(next_period("2024-02-28", TimelinePeriod::kDay), "2024-02-29");
  EXPECT_EQ(next_period("2020-W53", TimelinePeriod::kWeek), "2021-W01");
  EXPECT_EQ(next_period("2024-12", TimelinePeriod::kMonth), "2025-01");
  EXPECT_EQ(next_period("1999", TimelinePeriod::kYear), "2000");
  EXPECT_EQ(next_period("garbage", TimelinePeriod::kMonth), "");
}

TEST(Timeline, AVeryLongSpanListsOnlyPeriodsWithMatches) {
  const Timeline t =
      make_timeline({{"10000101", 1}, {"99991231", 2}, {"bad", 4}}, 1, TimelinePeriod::kDay);
  ASSERT_EQ(t.periods.size(), 2u);
  EXPECT_EQ(t.periods[1].period, "9999-12-31");
  EXPECT_EQ(t.undated, 5u);
}

TEST(Collapse, CopiesAreListedUnderOneHit) {
  TempDir dir;
  const std::string db = write_index(dir, harbour());
  const SearchResponse collapsed = search(db, SearchRequest{});
  EXPECT_TRUE(collapsed.header.collapsed);
  EXPECT_EQ(collapsed.header.total, 5u);
  EXPECT_EQ(collapsed.header.stories, 4u);
  EXPECT_TRUE(collapsed.header.stories_is_exact);
  ASSERT_EQ(collapsed.results.size(), 4u);
  std::size_t with_copies = 0;
  for (const SearchResult& r : collapsed.results) {
    if (r.copy_count > 0) {
      ++with_copies;
      ASSERT_EQ(r.copies.size(), 1u);
      const std::string other = r.article.id == "a" ? "a-copy" : "a";
      EXPECT_EQ(r.copies[0].id, other);
      EXPECT_EQ(r.copies[0].title, "Harbour story " + other);
      ASSERT_TRUE(r.copies[0].date);
    }
  }
  EXPECT_EQ(with_copies, 1u);

  SearchRequest all;
  all.collapse = false;
  const SearchResponse flat = search(db, all);
  EXPECT_EQ(flat.results.size(), 5u);
  EXPECT_FALSE(flat.header.collapsed);
  for (const SearchResult& r : flat.results) {
    EXPECT_TRUE(r.copies.empty());
  }
}

// Up to 100 matches the totals are exact, as without collapsing, though the page is full.
TEST(Collapse, SmallMatchSetsHaveExactTotalsOfArticlesAndStories) {
  // GCC 12 warns (-Wrestrict) about "s" + std::to_string(i) here: appended instead.
  const auto id = [](int i) {
    std::string s = "s";
    s += std::to_string(i);
    return s;
  };
  std::vector<Story> stories;  // 10 stories of 4 copies each, 40 of their own
  for (int i = 0; i < 40; ++i) {
    stories.push_back(
        {id(i), i % 4 == 0 ? "" : id(i - i % 4), day(2025, 1, 1 + unsigned(i % 28)), {}});
  }
  // Articles with one of the two words: Xapian's bounds for the OR are then loose.
  for (int i = 40; i < 80; ++i) {
    stories.push_back({id(i),
                       "",
                       std::nullopt,
                       {},
                       "Wire",
                       i < 60 ? "The harbour was quiet today." : "The strike went on today."});
  }
  TempDir dir;
  const std::string db = write_index(dir, stories);
  SearchRequest r;
  r.query = "quiet OR strike";
  r.limit = 5;
  SearchEngine engine({db});
  const SearchResponse response = engine.search(r);
  EXPECT_EQ(response.results.size(), 5u);
  EXPECT_EQ(response.header.total, 80u);
  EXPECT_TRUE(response.header.total_is_exact);
  EXPECT_EQ(response.header.stories, 50u);
  EXPECT_TRUE(response.header.stories_is_exact);
}

TEST(FacetValues, LinksRewriteTheEntitiesOfOneField) {
  Article a;
  a.persons = {"Reagan", "Nadia  Qureshi"};
  a.places = {"Kabul"};
  a.source = "Frontier Wire";
  a.language = "EN";
  Xapian::Document doc;
  schema::set_facet_values(doc, a);
  const std::string before = doc.get_value(schema::slot::kEntities);
  EXPECT_EQ(schema::entity_entries(before),
            (std::vector<std::string_view>{"P:reagan", "P:nadia qureshi", "L:kabul"}));
  EXPECT_EQ(doc.get_value(schema::slot::kSource), "Frontier Wire");
  EXPECT_EQ(doc.get_value(schema::slot::kLanguage), "en");

  schema::set_entity_links(doc, "person", {{"reagan", "Ronald Reagan"}});
  const std::string after = doc.get_value(schema::slot::kEntities);
  EXPECT_EQ(schema::entity_entries(after),
            (std::vector<std::string_view>{"L:kabul", "P:ronald reagan"}));
  EXPECT_EQ(schema::entry_field("L:kabul"), "place");
  EXPECT_EQ(schema::entry_field("x"), "");
  EXPECT_EQ(schema::year_of_day("20251029"), "2025");
  EXPECT_EQ(schema::year_of_day(""), "");
}

// Regression: display names of places were stored under the persons' key ("P:").
TEST(FacetValues, PlaceAndPersonDisplayNamesHaveTheirOwnKeys) {
  EXPECT_EQ(schema::display_name_prefix("place"), "newsindex.name.L:");
  TempDir dir;
  Xapian::WritableDatabase db(dir / "db", Xapian::DB_CREATE);
  catalogue::store_display_names(db, "place", {{"georgia", "Georgia"}});
  catalogue::store_display_names(db, "person", {{"georgia", "GEORGIA"}});
  EXPECT_EQ(catalogue::load_display_names(db, "place").at("georgia"), "Georgia");
  EXPECT_EQ(catalogue::load_display_names(db, "person").at("georgia"), "GEORGIA");
  EXPECT_EQ(schema::entry_display_name(db, "L:georgia"), "Georgia");
  EXPECT_EQ(schema::entry_display_name(db, "O:georgia"), "georgia");
}

TEST(FacetRequest, NamesRoundTripAndBadRequestsAreRefused) {
  for (FacetField f : {FacetField::kPerson, FacetField::kOrg, FacetField::kPlace,
                       FacetField::kSource, FacetField::kLanguage, FacetField::kYear}) {
    EXPECT_EQ(facet_field_from_name(facet_field_name(f)), f);
  }
  EXPECT_EQ(timeline_period_from_name("week"), TimelinePeriod::kWeek);
  EXPECT_FALSE(timeline_period_from_name(""));
  EXPECT_EQ(count_by_from_name("story"), CountBy::kStory);
  EXPECT_FALSE(facet_field_from_name("persons"));
  SearchRequest r;
  r.query = "x";
  r.facets = {FacetField::kPerson, FacetField::kPerson};
  EXPECT_THROW(validate_request(r), Error);
  r.facets = {FacetField::kPerson};
  r.facet_limit = 0;
  EXPECT_THROW(validate_request(r), Error);
  r.facet_limit = 10;
  EXPECT_NO_THROW(validate_request(r));
}

TEST(SvgChart, TextIsEscapedAndValidUtf8) {
  EXPECT_EQ(escape_markup("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;");
  EXPECT_EQ(escape_markup("bad \xFF byte\x01"), "bad \xEF\xBF\xBD byte");
  EXPECT_EQ(axis_maximum(0), 1u);
  EXPECT_EQ(axis_maximum(7), 10u);
  EXPECT_EQ(axis_maximum(20), 20u);
  EXPECT_EQ(axis_maximum(21), 50u);
  Timeline t;
  t.period = "month";
  t.periods = {{"2025-10", 3}, {"2025-11", 0}};
  t.undated = 2;
  std::ostringstream out;
  write_timeline_svg(out, "<script>alert(1)</script>", t, "articles");
  const std::string svg = out.str();
  EXPECT_TRUE(svg.starts_with("<?xml"));
  EXPECT_EQ(svg.find("<script>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(svg.find("2025-10"), std::string::npos);
  EXPECT_NE(svg.find("undated: 2"), std::string::npos);
  EXPECT_TRUE(svg.ends_with("</svg>\n"));
}

}  // namespace
}  // namespace news
