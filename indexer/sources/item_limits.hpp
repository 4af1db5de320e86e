// How much of an input is kept in memory: an article's beginning (--max-article-bytes),
// record files and container data up to a fixed size; and how sizes are shown.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "article.hpp"

namespace news {

// Record files (JSON, CSV, WARC) and nested archives are parsed whole, in memory: larger
// ones (on disk or decompressed) are refused.
constexpr std::size_t kMaxRecordFileBytes = std::size_t{256} << 20;

// "512 B", "980 KB", "10 MB", "1.2 GB" (binary units).
std::string size_text(std::uint64_t bytes);

// Where to cut `bytes` to keep at most `max` of them: after the last line break in the
// last 64 KB before `max`, else before a UTF-8 sequence that `max` would split.
std::size_t article_cut(std::string_view bytes, std::size_t max);

// The warning for an item of which only the beginning is read.
std::string cut_warning(std::uint64_t total, std::size_t kept, bool total_known);

// Cuts an article's body to `max` bytes (article_cut); returns the warning, or "" when it
// was short enough.
std::string cap_article_body(Article& article, std::size_t max);

}  // namespace news
