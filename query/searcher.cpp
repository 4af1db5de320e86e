#include "searcher.hpp"

#include <set>

#include "database.hpp"
#include "document_codec.hpp"
#include "error.hpp"
#include "fields.hpp"
#include "language.hpp"
#include "utf8_cut.hpp"

namespace news {
namespace {

// Results fetched per round trip when streaming --all.
constexpr Xapian::doccount kPageSize = 500;
// Up to this many matches, the total a search reports is exact.
constexpr Xapian::doccount kExactCountUpTo = 100;
constexpr std::size_t kSnippetBytes = 240;
// Snippets are taken from this much of the beginning of a body at most.
constexpr std::size_t kSnippetScanBytes = 64 * 1024;

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

Searcher::Searcher(const Xapian::Database& db, const SearchRequest& request, bool remote)
    : m_db(db), m_request(request), m_plan(plan_query(db, request)), m_remote(remote) {}

void Searcher::set_order(Xapian::Enquire& enquire) {
  // Ties are broken by date (newest first), then id, so the same search gives the same
  // order every time. Undated articles sort after dated ones.
  const bool oldest = m_request.sort == SortOrder::kOldest;
  if (m_remote) {
    // Remote backends take no custom KeyMaker: the time value alone orders, so undated
    // articles come first in --sort oldest.
    if (m_request.sort == SortOrder::kRelevance) {
      enquire.set_sort_by_relevance_then_value(schema::slot::kSortTime, true);
    } else {
      enquire.set_sort_by_value_then_relevance(schema::slot::kSortTime, !oldest);
    }
    return;
  }
  const std::string undated = Xapian::sortable_serialise(oldest ? 1e18 : -1e18);
  auto key = std::make_unique<Xapian::MultiValueKeyMaker>();
  key->add_value(schema::slot::kSortTime, !oldest, undated);
  key->add_value(schema::slot::kId);
  if (m_request.sort == SortOrder::kRelevance) {
    enquire.set_sort_by_relevance_then_key(key.get(), false);
  } else {
    enquire.set_sort_by_key_then_relevance(key.get(), false);
  }
  m_sort_key = std::move(key);
}

SearchHeader Searcher::run() {
  m_enquire = std::make_unique<Xapian::Enquire>(m_db);
  m_enquire->set_query(m_plan.query);
  m_enquire->set_weighting_scheme(ranking_weight());
  set_order(*m_enquire);
  if (m_request.time_limit > 0) {
    m_enquire->set_time_limit(m_request.time_limit);
  }
  // Counting every match costs a full run of the query; below kExactCountUpTo matches the
  // count is exact anyway, above it an estimate unless --count asks for the exact number.
  const Xapian::doccount first = Xapian::doccount(m_request.offset);
  const Xapian::doccount page = first_page_size();
  const Xapian::doccount check =
      m_request.exact_total ? m_db.get_doccount() : std::max(first + page, kExactCountUpTo);
  m_first_page = m_enquire->get_mset(first, page, check);
  SearchHeader header;
  header.query = m_request.query;
  header.parsed_query = m_plan.query.get_description();
  header.total = m_first_page.get_matches_estimated();
  header.total_is_exact =
      m_first_page.get_matches_lower_bound() == m_first_page.get_matches_upper_bound();
  header.best_match = m_plan.best_match;
  header.notes = m_plan.notes;
  return header;
}

Xapian::doccount Searcher::first_page_size() const {
  return m_request.all ? kPageSize : Xapian::doccount(m_request.limit);
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
  Xapian::doccount next = Xapian::doccount(m_request.offset) + mset.size();
  while (true) {
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      sink(make_result(mset, it));
    }
    if (!m_request.all || mset.size() < kPageSize) {
      return;
    }
    mset = m_enquire->get_mset(next, kPageSize);
    next += mset.size();
  }
}

}  // namespace news
