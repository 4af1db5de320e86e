#include "search_engine.hpp"

#include <ctime>

#include "error.hpp"
#include "explanation.hpp"
#include "suggestions.hpp"

namespace news {
namespace {

// A request finding fewer articles than this gets a spelling suggestion, if there is one.
constexpr std::size_t kSuggestBelow = 3;
// Attempts at a request whose revision is overwritten while it runs.
constexpr int kAttempts = 3;

// Now, UTC, ISO 8601 to the second.
std::string utc_now() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return text;
}

// What a manifest needs to know of the search besides the request: when, and which data.
void stamp(SearchHeader& header, const Archive& archive) {
  header.indexes = archive.revisions();
  header.searched_at = utc_now();
}

// The --explain line saying what the counting pass read.
void add_counted_from(SearchHeader& header, const Searcher& searcher) {
  if (!searcher.counted_from().empty()) {
    header.explanation.push_back("counted from: " + searcher.counted_from());
  }
}

}  // namespace

SearchEngine::SearchEngine(std::vector<std::string> locations) : m_locations(std::move(locations)) {
  m_idle.push_back(std::make_unique<Archive>(m_locations));
}

std::unique_ptr<Archive> SearchEngine::borrow() {
  {
    const std::lock_guard lock(m_mutex);
    if (!m_idle.empty()) {
      std::unique_ptr<Archive> archive = std::move(m_idle.back());
      m_idle.pop_back();
      return archive;
    }
  }
  return std::make_unique<Archive>(m_locations);
}

void SearchEngine::give_back(std::unique_ptr<Archive> archive) {
  const std::lock_guard lock(m_mutex);
  m_idle.push_back(std::move(archive));
}

SearchResponse SearchEngine::search(const SearchRequest& request) {
  SearchResponse response;
  response.header = search(
      request, [](const SearchHeader&) {},
      [&response](const SearchResult& r) { response.results.push_back(r); });
  return response;
}

SearchHeader SearchEngine::search(const SearchRequest& request, const HeaderSink& on_header,
                                  const ResultSink& sink) {
  validate_request(request);
  std::unique_ptr<Archive> archive = borrow();
  std::size_t sent = 0;
  for (int attempt = 1;; ++attempt) {
    try {
      archive->reopen();
      SearchHeader header = search_corrected(*archive, request, on_header, sink, sent);
      give_back(std::move(archive));
      return header;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (sent > 0 || attempt == kAttempts) {
        throw Error(ExitCode::kDatabase, "the index changed too often while being read",
                    "search again");
      }
    }
  }
}

std::optional<StoredArticle> SearchEngine::article(const std::string& id) {
  std::unique_ptr<Archive> archive = borrow();
  for (int attempt = 1;; ++attempt) {
    try {
      archive->reopen();
      std::optional<StoredArticle> found = look_up_article(archive->database(), id);
      give_back(std::move(archive));
      return found;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kAttempts) {
        throw Error(ExitCode::kDatabase, "the index changed too often while being read",
                    "try again");
      }
    }
  }
}

SearchHeader SearchEngine::search_corrected(Archive& archive, const SearchRequest& request,
                                            const HeaderSink& on_header, const ResultSink& sink,
                                            std::size_t& sent) {
  Searcher first(archive.database(), request, archive.has_remote(), archive.counting_columns());
  SearchHeader header = first.run();
  stamp(header, archive);
  if (header.total < kSuggestBelow && !first.plan().read.words.empty()) {
    header.suggestion = spelling_suggestion(archive.database(), first.plan().read, request.query);
  }
  if (request.explain) {
    header.explanation = explain(first.plan(), request);
    add_counted_from(header, first);
  }
  if (!request.auto_correct || header.suggestion.empty()) {
    on_header(header);
    first.for_each_result([&](const SearchResult& r) { sink(r), ++sent; });
    return header;
  }
  SearchRequest corrected = request;
  corrected.query = header.suggestion;
  Searcher second(archive.database(), corrected, archive.has_remote(), archive.counting_columns());
  SearchHeader better = second.run();
  stamp(better, archive);
  better.query = request.query;
  better.suggestion = header.suggestion;
  better.corrected_query = header.suggestion;
  better.notes.insert(better.notes.begin(), "searched for \"" + header.suggestion +
                                                "\" instead of \"" + request.query + "\"");
  if (request.explain) {
    better.explanation = explain(second.plan(), corrected);
    add_counted_from(better, second);
  }
  on_header(better);
  second.for_each_result([&](const SearchResult& r) { sink(r), ++sent; });
  return better;
}

}  // namespace news
