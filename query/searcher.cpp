#include "searcher.hpp"

#include <set>

#include "database.hpp"
#include "document_codec.hpp"
#include "error.hpp"
#include "fields.hpp"
#include "language.hpp"
#include "query_parser_setup.hpp"

namespace news {
namespace {

// Results fetched per round trip when streaming --all.
constexpr Xapian::doccount kPageSize = 500;
// Up to this many matches, the total a search reports is exact.
constexpr Xapian::doccount kExactCountUpTo = 100;
constexpr std::size_t kSnippetBytes = 240;
// Snippets are taken from this much of the beginning of a body at most.
constexpr std::size_t kSnippetScanBytes = 64 * 1024;
// Queries are parsed for at most this many of the index's languages.
constexpr std::size_t kMaxQueryLanguages = 4;

// Replaces what trips the query parser (quotes, brackets, operators' punctuation) with
// spaces, so that pasted text is searched as plain words.
std::string plain_words(const std::string& text) {
  std::string out = text;
  for (char& c : out) {
    if (c == '"' || c == '(' || c == ')' || c == '*' || c == '+' || c == '-' || c == ':') {
      c = ' ';
    }
  }
  return out;
}

// Paragraph breaks become single spaces: a snippet is one line in every format.
std::string one_line(const std::string& text) {
  std::string out;
  for (char c : text) {
    const bool space = c == '\n' || c == '\r' || c == '\t';
    if (!(space && !out.empty() && out.back() == ' ')) {
      out.push_back(space ? ' ' : c);
    }
  }
  return out;
}

std::string unescape_html(const std::string& s) {
  static const std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool replaced = false;
    for (const auto& [entity, c] : kEntities) {
      if (s.compare(i, entity.size(), entity) == 0) {
        out.push_back(c);
        i += entity.size() - 1;
        replaced = true;
        break;
      }
    }
    if (!replaced) {
      out.push_back(s[i]);
    }
  }
  return out;
}

// Where to cut `text` to at most `max` bytes without splitting a UTF-8 sequence.
std::size_t utf8_cut(const std::string& text, std::size_t max) {
  if (text.size() <= max) {
    return text.size();
  }
  while (max > 0 && (static_cast<unsigned char>(text[max]) & 0xC0) == 0x80) {
    --max;
  }
  return max;
}

}  // namespace

std::string plain_snippet(const std::string& snippet) {
  std::string out;
  for (char c : snippet) {
    if (c != kHighlightStart && c != kHighlightEnd) {
      out.push_back(c);
    }
  }
  return out;
}

Searcher::Searcher(const QueryOptions& options)
    : m_options(options), m_db(schema::open_for_search(options.db_dir)) {
  m_query = with_filters(options.query.empty() ? Xapian::Query::MatchAll : parse(options.query));
}

Xapian::Query Searcher::parse(const std::string& text) {
  const std::string folded = schema::fold_entity_values(text);
  try {
    return parse_for_languages(folded, schema::full_query_flags());
  } catch (const Xapian::QueryParserError& e) {
    m_note = "could not parse the query (" + e.get_msg() + "); searched its words instead";
  }
  try {
    return parse_for_languages(plain_words(folded), 0);
  } catch (const Xapian::QueryParserError& e) {
    throw Error(ExitCode::kUsage, "cannot parse the query: " + e.get_msg());
  }
}

Xapian::Query Searcher::parse_for_languages(const std::string& text, unsigned flags) const {
  // Each language's articles were stemmed with its own stemmer, so the query is parsed
  // once per language of the index (or for --lang) and the parses are ORed.
  std::vector<std::string> languages = m_options.language.empty()
                                           ? schema::index_languages(m_db, kMaxQueryLanguages)
                                           : std::vector<std::string>{m_options.language};
  if (languages.empty()) {
    languages.emplace_back(schema::kDefaultLanguage);
  }
  std::vector<Xapian::Query> parses;
  std::set<std::string> seen;  // languages often stem a query alike
  for (const std::string& language : languages) {
    const auto field_error = std::make_shared<std::string>();
    Xapian::Query q =
        schema::make_query_parser(m_db, language, field_error).parse_query(text, flags);
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

Xapian::Query Searcher::with_filters(Xapian::Query query) const {
  for (const std::string& person : m_options.persons) {
    query = Xapian::Query(Xapian::Query::OP_FILTER, query, schema::entity_query("person", person));
  }
  if (!m_options.language.empty()) {
    query =
        Xapian::Query(Xapian::Query::OP_FILTER, query, schema::language_filter(m_options.language));
  }
  if (!m_options.since.empty() || !m_options.until.empty()) {
    query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                          schema::date_range_query(m_options.since, m_options.until));
  }
  return query;
}

void Searcher::set_order(Xapian::Enquire& enquire) {
  // Ties are broken by date (newest first), then id, so the same search gives the same
  // order every time. Undated articles sort after dated ones.
  const bool oldest = m_options.sort == SortOrder::kOldest;
  const std::string undated = Xapian::sortable_serialise(oldest ? 1e18 : -1e18);
  auto key = std::make_unique<Xapian::MultiValueKeyMaker>();
  key->add_value(schema::slot::kSortTime, !oldest, undated);
  key->add_value(schema::slot::kId);
  if (m_options.sort == SortOrder::kRelevance) {
    enquire.set_sort_by_relevance_then_key(key.get(), false);
  } else {
    enquire.set_sort_by_key_then_relevance(key.get(), false);
  }
  m_sort_key = std::move(key);
}

SearchHeader Searcher::run() {
  m_enquire = std::make_unique<Xapian::Enquire>(m_db);
  m_enquire->set_query(m_query);
  m_enquire->set_weighting_scheme(Xapian::BM25Weight());
  set_order(*m_enquire);
  // Counting every match costs a full run of the query; below kExactCountUpTo matches the
  // count is exact anyway, above it an estimate unless --count asks for the exact number.
  const Xapian::doccount first = Xapian::doccount(m_options.offset);
  const Xapian::doccount page = m_options.count ? 0 : first_page_size();
  const Xapian::doccount check =
      m_options.count ? m_db.get_doccount() : std::max(first + page, kExactCountUpTo);
  m_first_page = m_enquire->get_mset(first, page, check);
  SearchHeader header{m_options.query, m_query.get_description(),
                      m_first_page.get_matches_estimated()};
  header.total_is_exact =
      m_first_page.get_matches_lower_bound() == m_first_page.get_matches_upper_bound();
  return header;
}

Xapian::doccount Searcher::first_page_size() const {
  return m_options.all ? kPageSize : Xapian::doccount(m_options.limit);
}

const Xapian::Stem& Searcher::stemmer_for(const std::string& language) {
  auto it = m_stemmers.find(language);
  if (it == m_stemmers.end()) {
    it = m_stemmers.emplace(language, schema::stemmer_for_language(language)).first;
  }
  return it->second;
}

SearchResult Searcher::make_result(const Xapian::MSet& mset, const Xapian::MSetIterator& it) {
  SearchResult r;
  r.rank = it.get_rank() + 1;
  r.score = it.get_weight();
  r.article = schema::DocumentCodec::decode_article(it.get_document());
  const std::string& whole = r.article.body.empty() ? r.article.title : r.article.body;
  // Default flags: the first good passage, not an exhaustive scan of long bodies; and only
  // the beginning of a very long body is looked at (a 10 MB body took seconds).
  const std::string text = whole.substr(0, utf8_cut(whole, kSnippetScanBytes));
  r.snippet = one_line(unescape_html(mset.snippet(
      text, kSnippetBytes, stemmer_for(r.article.language), 0, std::string(1, kHighlightStart),
      std::string(1, kHighlightEnd), "\xE2\x80\xA6")));
  return r;
}

void Searcher::for_each_result(const std::function<void(const SearchResult&)>& sink) {
  Xapian::MSet mset = m_first_page;
  Xapian::doccount next = Xapian::doccount(m_options.offset) + mset.size();
  while (true) {
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      sink(make_result(mset, it));
    }
    if (!m_options.all || mset.size() < kPageSize) {
      return;
    }
    mset = m_enquire->get_mset(next, kPageSize);
    next += mset.size();
  }
}

}  // namespace news
