// newsquery's command line: -word is query syntax, numbers are range-checked,
// contradictions are refused.
#include <gtest/gtest.h>

#include "../../query/options.hpp"  // indexer/ has an options.hpp too
#include "error.hpp"

namespace news {
namespace {

QueryOptions parse(std::vector<const char*> args) {
  args.insert(args.begin(), "newsquery");
  return parse_query_options(int(args.size()), args.data());
}

void expect_usage_error(std::vector<const char*> args, const std::string& part) {
  try {
    parse(args);
    FAIL() << part;
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kUsage);
    EXPECT_NE(std::string(e.what()).find(part), std::string::npos) << e.what();
  }
}

TEST(QueryCommandLine, MinusWordsAreQuerySyntaxNeverOptions) {
  const QueryOptions o = parse({"--db", "x.db", "volcker", "-oil"});
  EXPECT_EQ(o.request.query, "volcker -oil");
  EXPECT_EQ(o.output, "");
  EXPECT_EQ(parse({"-oil", "volcker", "+fed"}).request.query, "-oil volcker +fed");
  EXPECT_EQ(parse({"-n", "3", "-x"}).request.query, "-x");
  EXPECT_EQ(parse({"-n", "3", "-x"}).request.limit, 3u);
  EXPECT_EQ(parse({"--", "--literal"}).request.query, "--literal");
}

TEST(QueryCommandLine, OptionsTakeTheirValuesBothWays) {
  const QueryOptions o =
      parse({"--limit=5", "--offset", "2", "-f", "json", "--db", "a", "--db=b", "oil"});
  EXPECT_EQ(o.request.limit, 5u);
  EXPECT_EQ(o.request.offset, 2u);
  EXPECT_EQ(o.format, OutputFormat::kJson);
  EXPECT_EQ(o.db_dirs, (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(parse({"--explain", "--auto-correct", "x"}).request.explain);
  EXPECT_TRUE(parse({"--explain", "--auto-correct", "x"}).request.auto_correct);
}

TEST(QueryCommandLine, NumbersAreRangeChecked) {
  expect_usage_error({"-n", "-5", "x"}, "--limit");
  expect_usage_error({"-n", "0", "x"}, "--limit");
  expect_usage_error({"--limit", "ten", "x"}, "--limit");
  expect_usage_error({"--limit", "100001", "x"}, "--limit");
  expect_usage_error({"--offset", "-3", "x"}, "--offset");
  expect_usage_error({"--offset", "1e3", "x"}, "--offset");
}

TEST(QueryCommandLine, ContradictionsAndEmptiesAreRefused) {
  expect_usage_error({"--since", "1988", "--until", "1987", "x"}, "after");
  expect_usage_error({"--since", "yesterday", "x"}, "not a date");
  expect_usage_error({"--person", " ", "x"}, "empty person");
  expect_usage_error({}, "no query");
  expect_usage_error({"--bogus", "x"}, "unknown option");
  expect_usage_error({"x", "--limit"}, "needs a value");
  EXPECT_NO_THROW(parse({"--since", "1987-03", "--until", "1987-03", "x"}));
}

TEST(QueryCommandLine, ExportsCountExactlyAndBatchesTakeNoQuery) {
  EXPECT_FALSE(parse({"x"}).request.exact_total);
  EXPECT_TRUE(parse({"--manifest", "m.json", "x"}).request.exact_total);
  const QueryOptions e = parse({"--export-dir", "out", "--all", "x"});
  EXPECT_EQ(e.export_dir, "out");
  EXPECT_TRUE(e.request.exact_total);
  expect_usage_error({"--export-dir", "out", "--count", "x"}, "--count");
  const QueryOptions b = parse({"--batch", "names.csv", "--since", "1987", "-n", "3"});
  EXPECT_EQ(b.batch, "names.csv");
  EXPECT_EQ(b.request.query, "");
  EXPECT_EQ(b.request.limit, 3u);
  expect_usage_error({"--batch", "names.csv", "volcker"}, "--batch");
  expect_usage_error({"--batch", "names.csv", "--all"}, "--all");
  expect_usage_error({"--batch", "names.csv", "--manifest", "m.json"}, "--manifest");
  expect_usage_error({"--batch", "names.csv", "--since", "soon"}, "not a date");
}

TEST(QueryCommandLine, ServeTakesAPortAndAnAddressButNoQuery) {
  const QueryOptions plain = parse({"--serve"});
  EXPECT_TRUE(plain.serve);
  EXPECT_EQ(plain.listen, "127.0.0.1");
  EXPECT_EQ(plain.port, 8080u);
  const QueryOptions o = parse({"--serve", "--port", "0", "--listen", "::1", "--db", "a"});
  EXPECT_EQ(o.port, 0u);
  EXPECT_EQ(o.listen, "::1");
  EXPECT_EQ(o.db_dirs, (std::vector<std::string>{"a"}));
  expect_usage_error({"--serve", "--port", "65536"}, "--port");
  expect_usage_error({"--serve", "--port", "http"}, "--port");
  expect_usage_error({"--serve", "taliban"}, "--serve takes no query");
  expect_usage_error({"--serve", "--count"}, "--serve takes no query");
  expect_usage_error({"--serve", "--listen", ""}, "--listen");
}

}  // namespace
}  // namespace news

namespace news {
namespace {

TEST(QueryCommandLine, FacetsTimelineAndCollapsing) {
  const QueryOptions o = parse({"--facets", "person,year,lang", "--facet-limit", "20", "--timeline",
                                "week", "--count-by", "story", "--no-collapse", "x"});
  EXPECT_EQ(o.request.facets, (std::vector<FacetField>{FacetField::kPerson, FacetField::kYear,
                                                       FacetField::kLanguage}));
  EXPECT_EQ(o.request.facet_limit, 20u);
  EXPECT_EQ(o.request.timeline, TimelinePeriod::kWeek);
  EXPECT_EQ(o.request.count_by, CountBy::kStory);
  EXPECT_FALSE(o.request.collapse);

  const QueryOptions plain = parse({"x"});
  EXPECT_TRUE(plain.request.facets.empty());
  EXPECT_EQ(plain.request.timeline, TimelinePeriod::kNone);
  EXPECT_EQ(plain.request.count_by, CountBy::kArticle);
  EXPECT_TRUE(plain.request.collapse);
  // --all exports the whole match set: every article, each with its cluster.
  EXPECT_FALSE(parse({"--all", "x"}).request.collapse);
  // --plot alone draws months; with --timeline, its periods.
  EXPECT_EQ(parse({"--plot", "a.svg", "x"}).request.timeline, TimelinePeriod::kMonth);
  EXPECT_EQ(parse({"--plot", "a.svg", "--timeline", "day", "x"}).request.timeline,
            TimelinePeriod::kDay);
  EXPECT_EQ(parse({"--plot", "a.svg", "x"}).plot, "a.svg");
}

TEST(QueryCommandLine, BadCountingValuesAreRefused) {
  expect_usage_error({"--facets", "people", "x"}, "unknown facet \"people\"");
  expect_usage_error({"--facets", "", "x"}, "--facets");
  expect_usage_error({"--facets", "org,org", "x"}, "asked twice");
  expect_usage_error({"--facet-limit", "0", "x"}, "--facet-limit");
  expect_usage_error({"--facet-limit", "10001", "x"}, "--facet-limit");
  expect_usage_error({"--timeline", "hour", "x"}, "--timeline");
  expect_usage_error({"--count-by", "copy", "x"}, "--count-by");
}

}  // namespace
}  // namespace news
