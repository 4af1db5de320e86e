// The plain record every reader produces and the codec stores. Knows nothing of Xapian.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "timestamp.hpp"

namespace news {

// Where an article's date came from, strongest first. "none" means undated: a date is
// never invented from a file's modification time.
namespace date_source {
inline constexpr const char* kFrontMatter = "front-matter";
inline constexpr const char* kMetadata = "metadata";  // HTML/JSON metadata of the article
inline constexpr const char* kFilename = "filename";
inline constexpr const char* kUrl = "url";            // a date in the article's own URL
inline constexpr const char* kText = "text";          // a date in the article's opening lines
inline constexpr const char* kDateline = "dateline";  // "KABUL, Oct 29 -" + a year from elsewhere
inline constexpr const char* kWarc = "warc";          // the crawl date of a web archive record
inline constexpr const char* kNone = "none";
}  // namespace date_source

// How far a date from `source` can be trusted, 0..1 (front matter 0.95 ... crawl date
// 0.3); 0 for "none". Reported with every date as `date_confidence`.
double date_confidence(std::string_view source);

struct Article {
  std::string id;           // stable unique id: path relative to the indexed root
  std::string path;         // the file as the user can open it
  std::string source_file;  // id of the file the article came from (for deletions)
  std::string title;
  std::string body;  // paragraphs separated by blank lines
  std::optional<Timestamp> date;
  std::string date_source = date_source::kNone;
  std::string byline;
  std::string source;
  std::string url;
  std::string language;
  std::vector<std::string> persons;
  std::vector<std::string> orgs;
  std::vector<std::string> places;
  std::vector<std::string> tags;
  // Text a reader took out of the body that may still carry the publication date (e.g. a
  // byline line "By Jane Doe | October 29, 2025"). Used by date resolution; not stored.
  std::string dateline;
  // A weak date used only when no other is found (the WARC-Date of a crawled page).
  // Used by date resolution; not stored.
  std::optional<Timestamp> fallback_date;
  // MinHash signature of the normalised body (near_duplicate_signature); empty when the
  // body is too short for one. Stored in a value slot with its LSH band terms.
  std::vector<std::uint32_t> near_duplicate;
  // For a body too short for a signature: a hash of its headline and body words and its
  // day (short_text_print), so that exact copies of a brief are one story. Stored in the
  // signature's value slot with one candidate term; empty when there is a signature.
  std::optional<std::uint64_t> short_text_print;
  // The near-duplicate cluster the index assigned (the id of the cluster's head); empty
  // outside an index. Read from the index, never from the reader.
  std::string cluster;
};

// What change detection compares between runs, for the file an article came from.
struct FileStamp {
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::string content_hash;  // hex XXH3-64 of the file's bytes

  bool operator==(const FileStamp&) const = default;
};

// Number of words in the article's title and body, as `--extract` reports it.
std::size_t count_words(const Article& article);

}  // namespace news
