// Finding the headline of a plain-text article among its opening lines.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace news {

// Longest title kept; longer candidate lines are cut at a word boundary.
inline constexpr std::size_t kMaxTitleBytes = 200;

// True when a line reads like a headline: letters, 2 to 30 words, at most 250 bytes,
// and not a byline, dateline or date on its own.
bool looks_like_headline(std::string_view line);

// Index of the headline among `lines` (site chrome already removed), or nullopt when
// none of the opening lines qualifies. Blank lines are skipped.
std::optional<std::size_t> find_headline(const std::vector<std::string>& lines);

// A title made from the start of a line that is too long to be a headline: cut at a word
// boundary before kMaxTitleBytes, with "…" appended.
std::string shorten_title(std::string_view line);

// A Markdown heading line without its "#" marks: "## Talks fail" -> "Talks fail".
std::string_view strip_heading_marks(std::string_view line);

// "Jane Doe" from a byline line "By Jane Doe" (or "By Jane Doe and John Roe"), else "".
std::string byline_of(std::string_view line);

}  // namespace news
