#include "searcher.hpp"

#include <set>

#include "all_pages.hpp"
#include "database.hpp"
#include "document_codec.hpp"
#include "error.hpp"
#include "facet_counts.hpp"
#include "fields.hpp"
#include "language.hpp"
#include "remote_counts.hpp"
#include "story_copies.hpp"
#include "timeline.hpp"
#include "utf8_cut.hpp"

namespace news {
namespace {

// Results fetched per round trip when streaming --all: the first page, then pages of
// all_page_size() (all_pages.hpp). Where pages cannot be flat (by relevance over a remote
// index, or collapsing), each page is twice the last up to the largest: Xapian holds the
// ranking state of all results up to the end of a page, so memory grows with the export.
constexpr Xapian::doccount kPageSize = 500;
constexpr Xapian::doccount kLargestPage = 32768;
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

void reconcile_estimates(SearchHeader& header) {
  if (header.stories <= header.total) {
    return;
  }
  if (header.total_is_exact) {
    header.stories = header.total;  // no more stories than the articles counted
  } else {
    // Estimated fewer articles than stories: at least as many as the stories, counted or
    // estimated (264 articles estimated 109, their 237 stories 200, before).
    header.total = header.stories;
  }
}

std::string plain_snippet(const std::string& snippet) {
  std::string out;
  for (char c : snippet) {
    if (c != kHighlightStart && c != kHighlightEnd) {
      out.push_back(c);
    }
  }
  return out;
}

Searcher::Searcher(const Xapian::Database& db, const SearchRequest& request, bool remote,
                   const CountingColumns* columns)
    : m_db(db),
      m_request(request),
      m_plan(plan_query(db, request)),
      m_columns(remote ? nullptr : columns),
      m_remote(remote) {}

SearchHeader Searcher::run() {
  m_enquire = std::make_unique<Xapian::Enquire>(m_db);
  m_enquire->set_query(m_plan.query);
  m_enquire->set_weighting_scheme(ranking_weight());
  m_sort_key = set_result_order(*m_enquire, m_request.sort, m_remote);
  if (m_request.collapse) {
    // One hit per near-duplicate cluster; the others are listed as its copies.
    m_enquire->set_collapse_key(schema::slot::kCluster);
  }
  if (m_request.time_limit > 0) {
    m_enquire->set_time_limit(m_request.time_limit);
  }
  // Counting every match costs a full run of the query; below kExactCountUpTo matches the
  // count is exact anyway, above it an estimate unless --count asks for the exact number.
  const Xapian::doccount first = Xapian::doccount(m_request.offset);
  const Xapian::doccount page = first_page_size();
  m_check = std::max({first + page, kExactCountUpTo, add_counting()});
  m_first_page = m_enquire->get_mset(first, page, m_check);
  if (m_remote_counts) {
    m_remote_counts->read();
  }
  // Later pages (--all) need no counting again.
  m_enquire->clear_matchspies();
  SearchHeader header;
  header.query = m_request.query;
  header.parsed_query = m_plan.query.get_description();
  header.best_match = m_plan.best_match;
  header.notes = m_plan.notes;
  fill_totals(header);
  fill_counts(header);
  return header;
}

Xapian::doccount Searcher::add_counting() {
  const bool counts = !m_request.facets.empty() || m_request.timeline != TimelinePeriod::kNone;
  if (m_remote) {
    if (!counts) {
      return m_request.exact_total ? m_db.get_doccount() : 0;
    }
    if (!countable_remotely(m_request)) {
      throw Error(ExitCode::kUsage,
                  "person, org and place facets and --count-by story cannot be counted on a "
                  "remote index",
                  "search the index folders themselves, or count source, lang, year and "
                  "timelines by article");
    }
    m_remote_counts = std::make_unique<RemoteCounts>(m_request);
    m_remote_counts->add_to(*m_enquire);
    return m_db.get_doccount();
  }
  // Also without facets the spy counts the articles the matcher saw: with collapsing,
  // Xapian's count of uncollapsed matches stays an estimate even when it saw them all.
  if ((counts || m_request.exact_total) && m_columns && count_from_columns()) {
    return 0;
  }
  m_spy = std::make_unique<CountingSpy>(
      m_request.facets, m_request.timeline != TimelinePeriod::kNone, m_request.count_by);
  m_local_counts = m_spy.get();
  if (counts || m_request.exact_total) {
    count_every_match();
    m_counted_from = "value slots";
    return 0;
  }
  m_enquire->add_matchspy(m_spy.get());
  return 0;
}

bool Searcher::count_from_columns() {
  m_column_counts = count_with_columns(*m_columns, m_plan.query, m_request);
  if (!m_column_counts) {
    return false;  // damaged: counted from the value slots
  }
  m_local_counts = m_column_counts.get();
  m_counted_from = "facet columns";
  return true;
}

void Searcher::count_every_match() {
  // A match spy sees only the matches the matcher looks at: this pass looks at all of
  // them, without sort keys or collapsing, so that the ranked pass can stop early. One
  // ranked pass over every match took 5 to 6 times as long on 521,000 articles. It keeps
  // the ranking weight: BoolWeight would need schema::unweighted() (see there) and was no
  // faster once wrapped so.
  Xapian::Enquire counting(m_db);
  counting.set_query(m_plan.query);
  counting.set_weighting_scheme(ranking_weight());
  if (m_request.time_limit > 0) {
    counting.set_time_limit(m_request.time_limit);
  }
  counting.add_matchspy(m_spy.get());
  counting.get_mset(0, 0, m_db.get_doccount());
}

void Searcher::fill_totals(SearchHeader& header) const {
  const Xapian::MSet& m = m_first_page;
  header.collapsed = m_request.collapse;
  header.total = m.get_uncollapsed_matches_estimated();
  header.total_is_exact =
      m.get_uncollapsed_matches_lower_bound() == m.get_uncollapsed_matches_upper_bound();
  header.stories = m.get_matches_estimated();
  header.stories_is_exact = m.get_matches_lower_bound() == m.get_matches_upper_bound();
  if (!m_request.collapse) {
    // Stories are known only when every match was seen (below); else at most `total`.
    header.stories_is_exact = false;
  }
  // The matcher looked at every match when it was asked to (facets, timeline, --count),
  // when it met fewer than it was asked to look at (it stops early only after that many)
  // or when the page was not filled; then the spy's counts are exact.
  const LocalCounts* spy = m_local_counts;
  const bool saw_all = spy && (m_request.exact_total || !m_request.facets.empty() ||
                               m_request.timeline != TimelinePeriod::kNone ||
                               spy->articles() < m_check || m.size() < first_page_size());
  if (m_remote_counts) {
    header.total = m_remote_counts->articles();
    header.total_is_exact = true;
  } else if (saw_all) {
    header.total = spy->articles();
    header.total_is_exact = true;
    header.stories = spy->stories();
    header.stories_is_exact = true;
  }
  reconcile_estimates(header);
}

void Searcher::fill_counts(SearchHeader& header) const {
  const MatchCounts* counts =
      m_remote_counts ? static_cast<const MatchCounts*>(m_remote_counts.get()) : m_local_counts;
  if (!counts || (m_request.facets.empty() && m_request.timeline == TimelinePeriod::kNone)) {
    return;
  }
  header.count_by = std::string(count_by_name(m_request.count_by));
  header.counted = counts->counted();
  header.facets = facet_counts(*counts, m_db, m_request);
  if (m_request.timeline != TimelinePeriod::kNone) {
    header.timeline = make_timeline(counts->days(), counts->undated(), m_request.timeline);
  }
}

Xapian::doccount Searcher::first_page_size() const {
  return m_request.all ? std::min(kPageSize, all_page_size()) : Xapian::doccount(m_request.limit);
}

const Xapian::Stem& Searcher::stemmer_for(const std::string& language) {
  auto it = m_stemmers.find(language);
  if (it == m_stemmers.end()) {
    it = m_stemmers.emplace(language, schema::stemmer_for_language(language)).first;
  }
  return it->second;
}

SearchResult Searcher::make_result(const Xapian::MSet& mset, const Xapian::Document& doc,
                                   std::size_t rank, double weight) {
  SearchResult r;
  r.rank = rank;
  r.score = weight;
  r.article = schema::DocumentCodec::decode_article(doc);
  const std::string& whole = r.article.body.empty() ? r.article.title : r.article.body;
  // Default flags: the first good passage, not an exhaustive scan of long bodies; and only
  // the beginning of a very long body is looked at (a 10 MB body took seconds).
  const std::string text = whole.substr(0, utf8_cut(whole, kSnippetScanBytes));
  r.snippet = one_line(unescape_html(mset.snippet(
      text, kSnippetBytes, stemmer_for(r.article.language), 0, std::string(1, kHighlightStart),
      std::string(1, kHighlightEnd), "\xE2\x80\xA6")));
  return r;
}

void Searcher::for_each_result(const ResultSink& sink) {
  const Xapian::MSet& first = m_first_page;
  std::size_t rank = m_request.offset;
  emit_page(first, sink, rank);
  if (!m_request.all || first.size() < first_page_size()) {
    return;
  }
  if (m_request.collapse || !pages_are_flat(m_request.sort, m_remote)) {
    for_each_growing(sink, rank);
    return;
  }
  AllPages pages(m_db, {m_plan.query, m_request.sort, m_remote, m_request.time_limit},
                 all_page_size());
  pages.start_after(first, Xapian::doccount(m_request.offset), *m_enquire);
  pages.for_each([&](const Xapian::MSet& mset, const Xapian::Document& doc, double weight) {
    sink(make_result(mset, doc, ++rank, weight));
  });
}

void Searcher::emit_page(const Xapian::MSet& mset, const ResultSink& sink, std::size_t& rank) {
  std::vector<PageEntry> page;
  page.reserve(mset.size());
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    page.push_back({*it, it.get_document(), m_request.collapse ? it.get_collapse_key() : ""});
  }
  std::vector<StoryCopies> copies;
  if (m_request.collapse) {
    copies =
        find_copies(m_db, m_plan.query, page, std::min(m_request.copies_listed, kMaxCopiesListed));
  }
  std::size_t i = 0;
  for (auto it = mset.begin(); it != mset.end(); ++it, ++i) {
    SearchResult r = make_result(mset, page[i].doc, ++rank, it.get_weight());
    if (i < copies.size()) {
      r.copies = std::move(copies[i].listed);
      r.copy_count = copies[i].count;
    }
    sink(r);
  }
}

void Searcher::for_each_growing(const ResultSink& sink, std::size_t rank) {
  Xapian::doccount page = kPageSize;
  while (true) {
    page = std::min(page * 2, kLargestPage);
    const Xapian::MSet mset = m_enquire->get_mset(Xapian::doccount(rank), page);
    emit_page(mset, sink, rank);
    if (mset.size() < page) {
      return;
    }
  }
}

}  // namespace news
