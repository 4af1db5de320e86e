// The facet columns file: written from the value streams, read back per document id of
// the index as Xapian opens its stub (1 and 3 shards), ignored when any shard moved on or
// the file is damaged; and facets, timelines and totals counted from it equal to those
// counted from the value slots, request after request.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "database.hpp"
#include "document_codec.hpp"
#include "facet_columns.hpp"
#include "facet_values.hpp"
#include "index_layout.hpp"
#include "near_duplicates.hpp"
#include "search_engine.hpp"
#include "support/temp_dir.hpp"

namespace news {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

std::string text_of(int i) {
  std::string s = "a";
  s += std::to_string(i);
  return s;
}

// Article i: dated unless i % 7 == 3, persons/orgs/places now and then (none when i % 5
// == 4), sources and languages of a few kinds (none for some), in stories of up to 3
// copies whose members may lie in different shards.
Article article(int i) {
  Article a;
  a.id = a.path = a.source_file = text_of(i);
  a.title = "Harbour notice " + std::to_string(i);
  a.body = "The harbour strike went on.";
  a.language = i % 6 == 5 ? "" : (i % 4 == 0 ? "de" : "en");
  a.source = i % 9 == 8 ? "" : "Wire " + std::to_string(i % 3);
  if (i % 7 != 3) {
    a.date = make_timestamp(1987 + i % 3, 1 + unsigned(i % 12), 1 + unsigned(i % 28));
  }
  if (i % 5 != 4) {
    a.persons = {"Nadia Qureshi " + std::to_string(i % 4), "Khawaja Asif"};
    a.orgs = {"Harbour Board " + std::to_string(i % 2)};
    a.places = i % 2 == 0 ? std::vector<std::string>{"Torkham"} : std::vector<std::string>{};
  }
  return a;
}

// 120 articles (ids a0..a119), every 10th then deleted, over `shards` shards (article i in
// shard i % shards); article i's story is that of i - i % 3.
std::string write_index(const TempDir& dir, std::size_t shards) {
  const std::string path = dir / "db";
  std::vector<Xapian::WritableDatabase> dbs = schema::open_shards_for_writing(path, shards);
  schema::DocumentCodec codec;
  for (int i = 0; i < 120; ++i) {
    Xapian::Document doc = codec.encode(article(i), FileStamp{});
    if (i % 3 != 0) {
      schema::set_cluster(doc, text_of(i - i % 3));
    }
    dbs[std::size_t(i) % shards].replace_document(schema::DocumentCodec::id_term(text_of(i)), doc);
  }
  for (int i = 0; i < 120; i += 10) {
    dbs[std::size_t(i) % shards].delete_document(schema::DocumentCodec::id_term(text_of(i)));
  }
  for (std::size_t k = 0; k < shards; ++k) {
    schema::commit_shard(dbs[k], path, k);
  }
  return path;
}

std::shared_ptr<const schema::FacetColumns> open_columns(const std::string& path) {
  return schema::FacetColumns::open(path, schema::open_shards_for_search(path));
}

fs::path columns_file(const std::string& path) {
  return schema::facet_columns_path(fs::path(path) / *schema::layout::current_generation(path));
}

class FacetColumnsFile : public ::testing::TestWithParam<std::size_t> {};

// Every document's row holds what its value slots hold, by its id in the stub's database.
TEST_P(FacetColumnsFile, RowsHoldEachDocumentsValues) {
  TempDir dir;
  const std::string path = write_index(dir, GetParam());
  EXPECT_FALSE(schema::facet_columns_current(path));
  EXPECT_GT(schema::write_facet_columns(path), 0u);
  EXPECT_TRUE(schema::facet_columns_current(path));
  const auto columns = open_columns(path);
  ASSERT_TRUE(columns);
  const Xapian::Database db = schema::open_for_search(path);
  std::map<std::string, std::uint32_t> story_of_cluster;
  std::size_t rows = 0;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it, ++rows) {
    const Xapian::Document doc = db.get_document(*it);
    ASSERT_LT(*it, columns->doc_slots());
    const schema::FacetColumns::Row row = columns->row(*it);
    const std::string day = doc.get_value(schema::slot::kDay);
    EXPECT_EQ(row.day == schema::FacetColumns::kNone ? "" : columns->day(row.day), day);
    const std::string source = doc.get_value(schema::slot::kSource);
    EXPECT_EQ(row.source == schema::FacetColumns::kNone ? "" : columns->source(row.source), source);
    const std::string lang = doc.get_value(schema::slot::kLanguage);
    EXPECT_EQ(row.language == schema::FacetColumns::kNone ? "" : columns->language(row.language),
              lang);
    std::uint32_t first = 0, end = 0;
    ASSERT_TRUE(columns->entity_range(*it, first, end));
    std::vector<std::string> entries;
    for (std::uint32_t k = first; k < end; ++k) {
      entries.emplace_back(columns->entity(columns->entity_id(k)));
    }
    const std::string entities = doc.get_value(schema::slot::kEntities);
    EXPECT_EQ(entries.size(), schema::entity_entries(entities).size());
    for (std::size_t k = 0; k < entries.size(); ++k) {
      EXPECT_EQ(entries[k], schema::entity_entries(entities)[k]);
    }
    const auto [at, added] = story_of_cluster.emplace(schema::cluster_of(doc), row.cluster);
    EXPECT_EQ(at->second, row.cluster) << "documents of one story share its cluster";
  }
  EXPECT_EQ(rows, 108u);
  EXPECT_EQ(story_of_cluster.size(), std::size_t(columns->cluster_count()));
}

// The file is ignored as soon as any shard has a new revision, and written again it is read.
TEST_P(FacetColumnsFile, AnyShardsNewRevisionMakesTheFileStale) {
  TempDir dir;
  const std::string path = write_index(dir, GetParam());
  schema::write_facet_columns(path);
  ASSERT_TRUE(open_columns(path));
  {
    std::vector<Xapian::WritableDatabase> dbs = schema::open_shards_for_writing(path, GetParam());
    const std::size_t last = dbs.size() - 1;
    schema::DocumentCodec codec;
    dbs[last].replace_document(schema::DocumentCodec::id_term("late"),
                               codec.encode(article(500), FileStamp{}));
    schema::commit_shard(dbs[last], path, last);
  }
  EXPECT_FALSE(open_columns(path));
  EXPECT_FALSE(schema::facet_columns_current(path));
  schema::write_facet_columns(path);
  EXPECT_TRUE(open_columns(path));
}

// A damaged file (cut short, or bytes changed in its header) is ignored, never a crash.
TEST_P(FacetColumnsFile, DamagedFilesAreIgnored) {
  TempDir dir;
  const std::string path = write_index(dir, GetParam());
  const std::uintmax_t size = schema::write_facet_columns(path);
  const fs::path file = columns_file(path);
  std::ifstream in(file, std::ios::binary);
  const std::string whole((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_EQ(whole.size(), size);
  for (const std::size_t cut :
       {std::size_t(0), std::size_t(5), whole.size() / 2, whole.size() - 1}) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << whole.substr(0, cut);
    EXPECT_FALSE(open_columns(path)) << "cut at " << cut;
  }
  for (const std::size_t at : {std::size_t(0), std::size_t(9), std::size_t(13)}) {
    std::string changed = whole;
    changed[at] = char(changed[at] ^ 0x40);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << changed;
    EXPECT_FALSE(open_columns(path)) << "byte " << at;
  }
  std::ofstream(file, std::ios::binary | std::ios::trunc) << whole << 'x';
  EXPECT_FALSE(open_columns(path));
  std::ofstream(file, std::ios::binary | std::ios::trunc) << whole;
  EXPECT_TRUE(open_columns(path));
}

// What a match spy sees of a search of the stub of 3 shards: each shard's own document
// ids, shard after shard (not the stub's ids, which interleave the shards). So the
// counting over columns runs the query shard by shard, and maps the ids itself.
TEST(FacetColumnsDocids, ASpyOnTheStubSeesEachShardsOwnIdsShardAfterShard) {
  TempDir dir;
  const std::string path = write_index(dir, 3);
  const Xapian::Database db = schema::open_for_search(path);
  struct Seen : Xapian::MatchSpy {
    std::vector<Xapian::docid> ids;
    void operator()(const Xapian::Document& doc, double) override {
      ids.push_back(doc.get_docid());
    }
  } spy;
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query::MatchAll);
  enquire.add_matchspy(&spy);
  enquire.get_mset(0, 0, db.get_doccount());
  std::vector<Xapian::docid> shard_after_shard;
  for (const Xapian::Database& shard : schema::open_shards_for_search(path)) {
    for (auto it = shard.postlist_begin(""); it != shard.postlist_end(""); ++it) {
      shard_after_shard.push_back(*it);
    }
  }
  EXPECT_EQ(spy.ids, shard_after_shard);
  EXPECT_EQ(spy.ids.size(), 108u);
}

INSTANTIATE_TEST_SUITE_P(Shards, FacetColumnsFile,
                         ::testing::Values(std::size_t(1), std::size_t(3)));

// Everything a search says about its counts, as text.
std::string counts_of(const SearchResponse& r) {
  const SearchHeader& h = r.header;
  std::ostringstream out;
  out << h.total << (h.total_is_exact ? "=" : "~") << ' ' << h.stories
      << (h.stories_is_exact ? "=" : "~") << ' ' << h.count_by << ' ' << h.counted << '\n';
  for (const FacetCounts& f : h.facets) {
    out << f.field << " +" << f.other_values << ':';
    for (const FacetValue& v : f.values) {
      out << ' ' << v.value << '=' << v.count;
    }
    out << '\n';
  }
  out << h.timeline.period << " undated=" << h.timeline.undated << ':';
  for (const TimelinePeriodCount& p : h.timeline.periods) {
    out << ' ' << p.period << '=' << p.count;
  }
  for (const SearchResult& result : r.results) {
    out << ' ' << result.article.id;
  }
  return out.str();
}

struct CountCase {
  std::string query;
  std::vector<FacetField> facets;
  TimelinePeriod timeline = TimelinePeriod::kNone;
  CountBy count_by = CountBy::kArticle;
  SortOrder sort = SortOrder::kRelevance;
  bool collapse = true;
  bool exact_total = false;
  std::string since = "";
};

const std::vector<FacetField> kAllFacets = {FacetField::kPerson,   FacetField::kOrg,
                                            FacetField::kPlace,    FacetField::kSource,
                                            FacetField::kLanguage, FacetField::kYear};

const CountCase kCountCases[] = {
    {"harbour", {FacetField::kPerson, FacetField::kYear}},
    {"harbour", kAllFacets, TimelinePeriod::kMonth},
    {"harbour", kAllFacets, TimelinePeriod::kWeek, CountBy::kStory},
    {"harbour", {FacetField::kOrg}, TimelinePeriod::kDay, CountBy::kStory, SortOrder::kNewest},
    {"harbour",
     {FacetField::kPlace, FacetField::kSource},
     TimelinePeriod::kYear,
     CountBy::kArticle,
     SortOrder::kOldest,
     false},
    {"harbour", {}, TimelinePeriod::kYear, CountBy::kStory, SortOrder::kRelevance, false},
    {"harbour", {}, TimelinePeriod::kNone, CountBy::kArticle, SortOrder::kRelevance, true, true},
    {"harbour", {}, TimelinePeriod::kNone, CountBy::kArticle, SortOrder::kNewest, false, true},
    {"harbour",
     {FacetField::kLanguage},
     TimelinePeriod::kNone,
     CountBy::kStory,
     SortOrder::kRelevance,
     true,
     false,
     "1988"},
    {"notice 7", {FacetField::kPerson}, TimelinePeriod::kMonth},
    {"nothing-matches-this", kAllFacets, TimelinePeriod::kDay},
};

class CountsFromColumns : public ::testing::TestWithParam<std::tuple<std::size_t, std::size_t>> {};

// The same counts, page and totals with the columns as without them.
TEST_P(CountsFromColumns, EqualThoseFromTheValueSlots) {
  const auto [shards, which] = GetParam();
  const CountCase& c = kCountCases[which];
  SearchRequest r;
  r.query = c.query;
  r.facets = c.facets;
  r.timeline = c.timeline;
  r.count_by = c.count_by;
  r.sort = c.sort;
  r.collapse = c.collapse;
  r.exact_total = c.exact_total;
  r.since = c.since;
  r.limit = 7;
  r.explain = true;
  TempDir dir;
  const std::string path = write_index(dir, shards);
  const SearchResponse from_slots = SearchEngine({path}).search(r);
  schema::write_facet_columns(path);
  const SearchResponse from_columns = SearchEngine({path}).search(r);
  EXPECT_EQ(counts_of(from_columns), counts_of(from_slots));
  const bool counted = !c.facets.empty() || c.timeline != TimelinePeriod::kNone || c.exact_total;
  ASSERT_FALSE(from_columns.header.explanation.empty());
  EXPECT_EQ(from_columns.header.explanation.back(),
            counted ? "counted from: facet columns" : from_slots.header.explanation.back());
  if (counted) {
    EXPECT_EQ(from_slots.header.explanation.back(), "counted from: value slots");
  }
}

INSTANTIATE_TEST_SUITE_P(Requests, CountsFromColumns,
                         ::testing::Combine(::testing::Values(std::size_t(1), std::size_t(3)),
                                            ::testing::Range(std::size_t(0),
                                                             std::size(kCountCases))));

// A search that reads the columns moves on with the index: a commit makes them stale
// (counted from the value slots), and written again they are read again.
TEST(CountsFromColumns, AWarmEngineFollowsTheIndexRevision) {
  TempDir dir;
  const std::string path = write_index(dir, 1);
  schema::write_facet_columns(path);
  SearchEngine engine({path});
  SearchRequest r;
  r.query = "harbour";
  r.facets = {FacetField::kPerson};
  r.explain = true;
  EXPECT_EQ(engine.search(r).header.explanation.back(), "counted from: facet columns");
  {
    Xapian::WritableDatabase db = schema::open_for_writing(path);
    schema::DocumentCodec codec;
    db.replace_document(schema::DocumentCodec::id_term("late"),
                        codec.encode(article(501), FileStamp{}));
    schema::commit(db, path);
  }
  const SearchResponse stale = engine.search(r);
  EXPECT_EQ(stale.header.explanation.back(), "counted from: value slots");
  schema::write_facet_columns(path);
  const SearchResponse fresh = engine.search(r);
  EXPECT_EQ(fresh.header.explanation.back(), "counted from: facet columns");
  EXPECT_EQ(counts_of(fresh), counts_of(stale));
  EXPECT_EQ(fresh.header.total, 109u);
}

}  // namespace
}  // namespace news
