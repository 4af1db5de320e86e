// Turning what pages put in author fields into a clean byline.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace news::html {

// "Jane Doe" from "By Jane Doe", "By JANE DOE | October 29, 2025", "Jane Doe, Reuters",
// "von Jane Doe" (with `site` = "Reuters"); "" when nothing name-like is left (a URL,
// an e-mail address, a date, or more than kMaxBylineWords words).
std::string clean_byline(std::string_view raw, std::string_view site);

// Cleaned names joined with "; ", duplicates and empty ones dropped.
std::string join_bylines(const std::vector<std::string>& raw, std::string_view site);

inline constexpr std::size_t kMaxBylineWords = 12;

}  // namespace news::html
