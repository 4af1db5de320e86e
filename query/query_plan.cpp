#include "query_plan.hpp"

#include <algorithm>
#include <memory>
#include <set>

#include "error.hpp"
#include "language.hpp"
#include "query_parser_setup.hpp"
#include "unweighted_match.hpp"

namespace news {
namespace {

// Queries are parsed for at most this many of the index's languages, each holding at least
// this share of its articles: a handful of articles misread as another language (all-caps
// English is often taken for German) must not add that language's stems to every request.
constexpr std::size_t kMaxQueryLanguages = 4;
constexpr double kMinLanguageShare = 0.05;
// A request of this many words (stop words aside) is ranked by best match at once.
constexpr std::size_t kManyWords = 5;
// A shorter request is ranked by best match when fewer articles hold all its words.
constexpr Xapian::doccount kFewMatches = 2;
// Best-match queries are expanded with up to kExpandTerms words of their kFeedbackDocs best
// results (pseudo-relevance feedback: Xapian's RSet/ESet), at kExpandWeight of the
// request's own words, in archives of at least kMinArticlesForExpansion articles. Tuned on
// the ir-test collections (docs/benchmarks.md): 10 feedback results or 20-30 terms or
// weight 0.5 drifted from the topic on NPL and ADI; 5/10/0.3 gained on all six but ADI,
// where 5 results are 6% of its 82 articles.
constexpr Xapian::doccount kFeedbackDocs = 5;
constexpr Xapian::termcount kExpandTerms = 10;
constexpr Xapian::doccount kMinFeedbackDocs = 2;
constexpr Xapian::doccount kMinArticlesForExpansion = 1000;
constexpr double kExpandWeight = 0.3;
// BM25 parameters: Xapian's defaults (k1 1, b 0.5) measured as well as k1 1.2, b 0.75
// without expansion and better with it; DPH and title weight 1 measured worse.
constexpr double kK1 = 1.0, kB = 0.5;

// Replaces what trips the query parser (quotes, brackets, operators' punctuation) with
// spaces, so that pasted text is searched as plain words.
std::string plain_words(const std::string& text) {
  std::string out = text;
  for (char& c : out) {
    if (c == '"' || c == '(' || c == ')' || c == '*' || c == ':') {
      c = ' ';
    }
  }
  return out;
}

// What query expansion may add: stemmed plain words, not stop words, not already in the
// query, found in at least kMinFeedbackDocs of the top results (a word of one result is
// more often noise than topic).
class ExpansionTerms : public Xapian::ExpandDecider {
 public:
  ExpansionTerms(const Xapian::Database& db, std::vector<Xapian::docid> top,
                 std::set<std::string> known)
      : m_db(db), m_top(std::move(top)), m_known(std::move(known)) {
    std::sort(m_top.begin(), m_top.end());
  }
  bool operator()(const std::string& term) const override {
    if (term.size() < 4 || term[0] != 'Z' || (term[1] >= 'A' && term[1] <= 'Z') ||
        m_known.contains(term) || term.find_first_of("0123456789_") != std::string::npos ||
        is_stop_word(std::string_view(term).substr(1))) {
      return false;
    }
    return in_enough_top_docs(term);
  }

 private:
  bool in_enough_top_docs(const std::string& term) const {
    Xapian::doccount found = 0;
    Xapian::PostingIterator post = m_db.postlist_begin(term);
    for (const Xapian::docid doc : m_top) {
      post.skip_to(doc);
      if (post == m_db.postlist_end(term)) {
        break;
      }
      found += *post == doc ? 1 : 0;
    }
    return found >= kMinFeedbackDocs;
  }

  const Xapian::Database& m_db;
  std::vector<Xapian::docid> m_top;  // sorted
  std::set<std::string> m_known;
};

class Planner {
 public:
  Planner(const Xapian::Database& db, const SearchRequest& request)
      : m_db(db), m_request(request) {}
  QueryPlan plan();

 private:
  Xapian::Query parse(const std::string& text, Xapian::Query::op default_op);
  Xapian::Query parse_for_languages(const std::string& text, unsigned flags,
                                    Xapian::Query::op default_op) const;
  bool too_few_all_words(const Xapian::Query& all_words);
  bool best_match_wanted();
  Xapian::Query all_but_excluded();
  void expand();

  const Xapian::Database& m_db;
  const SearchRequest& m_request;
  QueryPlan m_plan;
};

Xapian::Query Planner::parse(const std::string& text, Xapian::Query::op default_op) {
  try {
    return parse_for_languages(text, schema::full_query_flags(), default_op);
  } catch (const Xapian::QueryParserError& e) {
    m_plan.notes.push_back("could not parse the query (" + e.get_msg() +
                           "); searched its words instead");
  }
  try {
    return parse_for_languages(plain_words(text), Xapian::QueryParser::FLAG_LOVEHATE, default_op);
  } catch (const Xapian::QueryParserError& e) {
    throw Error(ExitCode::kUsage, "cannot parse the query: " + e.get_msg());
  }
}

Xapian::Query Planner::parse_for_languages(const std::string& text, unsigned flags,
                                           Xapian::Query::op default_op) const {
  // Each language's articles were stemmed with its own stemmer, so the query is parsed
  // once per language of the index (or for the requested one) and the parses are ORed.
  std::vector<Xapian::Query> parses;
  std::set<std::string> seen;  // languages often stem a query alike
  for (const std::string& language : m_plan.languages) {
    const auto field_error = std::make_shared<std::string>();
    Xapian::QueryParser qp = schema::make_query_parser(m_db, language, field_error);
    qp.set_default_op(default_op);
    if (language == "en") {
      // Stop words in free text do not decide ranking (they still count inside phrases).
      qp.set_stopper(&english_stopper());
    }
    Xapian::Query q = qp.parse_query(text, flags);
    if (!field_error->empty()) {
      throw Error(ExitCode::kUsage, *field_error,
                  "dates are YYYY, YYYY-MM or YYYY-MM-DD; ranges FROM..TO, open ends allowed");
    }
    if (seen.insert(q.get_description()).second) {
      parses.push_back(std::move(q));
    }
  }
  return parses.size() == 1 ? parses.front()
                            : Xapian::Query(Xapian::Query::OP_OR, parses.begin(), parses.end());
}

bool Planner::too_few_all_words(const Xapian::Query& all_words) {
  Xapian::Enquire enquire(m_db);
  enquire.set_query(schema::unweighted(with_filters(all_words, m_request)));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const Xapian::doccount found = enquire.get_mset(0, kFewMatches).size();
  if (found >= kFewMatches) {
    return false;
  }
  m_plan.notes.push_back((found == 0 ? std::string("no article holds")
                                     : "only " + std::to_string(found) +
                                           (found == 1 ? " article holds" : " articles hold")) +
                         " every word: ranked by best match");
  return true;
}

void Planner::expand() {
  if (m_db.get_doccount() < kMinArticlesForExpansion) {
    return;  // the top results would be too large a share of the archive to learn from
  }
  Xapian::Enquire enquire(m_db);
  enquire.set_query(with_filters(m_plan.words, m_request));
  enquire.set_weighting_scheme(ranking_weight());
  const Xapian::MSet top = enquire.get_mset(0, kFeedbackDocs);
  if (top.size() < kFeedbackDocs) {
    return;  // too few results to learn from
  }
  Xapian::RSet feedback;
  std::vector<Xapian::docid> docs;
  for (auto it = top.begin(); it != top.end(); ++it) {
    feedback.add_document(*it);
    docs.push_back(*it);
  }
  const ExpansionTerms decider(
      m_db, std::move(docs),
      std::set<std::string>(m_plan.words.get_terms_begin(), m_plan.words.get_terms_end()));
  const Xapian::ESet eset = enquire.get_eset(kExpandTerms, feedback, &decider);
  std::vector<Xapian::Query> terms;
  for (auto it = eset.begin(); it != eset.end(); ++it) {
    terms.emplace_back(*it);
    m_plan.expansion.push_back(*it);
  }
  if (!terms.empty()) {
    m_plan.words =
        Xapian::Query(Xapian::Query::OP_OR, m_plan.words,
                      Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                    Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()),
                                    kExpandWeight));
  }
}

Xapian::Query Planner::all_but_excluded() {
  // Only words to leave out ("-oil"): Xapian would search for them; every other article is
  // meant.
  std::string left_out;
  for (const std::string& word : m_plan.read.excluded) {
    left_out += word + " ";
  }
  return Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll,
                       parse(left_out, Xapian::Query::OP_OR));
}

bool Planner::best_match_wanted() {
  const std::size_t content = m_plan.read.content_words();
  if (m_plan.read.operators || content < 2) {
    return false;
  }
  if (content >= kManyWords) {
    m_plan.notes.push_back(std::to_string(content) +
                           " words: ranked by best match, not every word required");
    return true;
  }
  return too_few_all_words(m_plan.words);
}

QueryPlan Planner::plan() {
  m_plan.languages = m_request.language.empty()
                         ? schema::index_languages(m_db, kMaxQueryLanguages, kMinLanguageShare)
                         : std::vector<std::string>{m_request.language};
  if (m_plan.languages.empty()) {
    m_plan.languages.emplace_back(schema::kDefaultLanguage);
  }
  m_plan.read = read_request(m_request.query);
  const ReadRequest& read = m_plan.read;
  const std::string text = schema::fold_entity_values(read.text);
  if (text.empty()) {
    m_plan.words = Xapian::Query::MatchAll;
  } else if (read.words.empty() && !read.excluded.empty() && read.fields.empty() &&
             !read.operators) {
    m_plan.words = all_but_excluded();
  } else {
    m_plan.words = parse(text, Xapian::Query::OP_AND);
    m_plan.best_match = best_match_wanted();
  }
  if (m_plan.best_match) {
    m_plan.words = parse(text, Xapian::Query::OP_OR);
    expand();
  }
  // Filters alone (`datesource:none`, `lang:de`) weigh nothing: matched as Xapian can.
  m_plan.query = schema::matchable(m_db, with_filters(m_plan.words, m_request), ranking_weight());
  return m_plan;
}

}  // namespace

const Xapian::Weight& ranking_weight() {
  static const Xapian::BM25Weight bm25(kK1, 0, 1, kB, 0.5);
  return bm25;
}

Xapian::Query with_filters(Xapian::Query query, const SearchRequest& r) {
  for (const std::string& person : r.persons) {
    query = Xapian::Query(Xapian::Query::OP_FILTER, query, schema::entity_query("person", person));
  }
  if (!r.language.empty()) {
    query = Xapian::Query(Xapian::Query::OP_FILTER, query, schema::language_filter(r.language));
  }
  if (!r.since.empty() || !r.until.empty()) {
    query =
        Xapian::Query(Xapian::Query::OP_FILTER, query, schema::date_range_query(r.since, r.until));
  }
  return query;
}

QueryPlan plan_query(const Xapian::Database& db, const SearchRequest& request) {
  return Planner(db, request).plan();
}

}  // namespace news
