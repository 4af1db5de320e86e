// The search library's entry point: request in, response out, over one archive of indexes.
// Safe to share between threads of a long-running process while newsindex writes: each
// request borrows an Archive (one Xapian::Database per thread), moved to the latest
// revision first and reopened when the revision it reads is overwritten mid-request.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "archive.hpp"
#include "article_lookup.hpp"
#include "searcher.hpp"

namespace news {

using HeaderSink = std::function<void(const SearchHeader&)>;

class SearchEngine {
 public:
  // Opens the archive once, so that a missing index is reported at once (Error(kDatabase)).
  explicit SearchEngine(std::vector<std::string> locations);

  // Validates and answers `request`: one page of results (every result with `all`).
  SearchResponse search(const SearchRequest& request);

  // The same, streaming: `on_header` gets the header (totals, notes, suggestion,
  // explanation) before `sink` gets the first result. Returns the header too.
  SearchHeader search(const SearchRequest& request, const HeaderSink& on_header,
                      const ResultSink& sink);

  // The article stored under `id` and its copies, from the latest revision; nothing when
  // the index has no such article.
  std::optional<StoredArticle> article(const std::string& id);

 private:
  SearchHeader search_corrected(Archive& archive, const SearchRequest& request,
                                const HeaderSink& on_header, const ResultSink& sink,
                                std::size_t& sent);
  std::unique_ptr<Archive> borrow();
  void give_back(std::unique_ptr<Archive> archive);

  std::vector<std::string> m_locations;
  std::mutex m_mutex;
  std::vector<std::unique_ptr<Archive>> m_idle;  // archives no request is using
};

}  // namespace news
