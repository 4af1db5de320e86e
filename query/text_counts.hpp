// Facets and the timeline for people: aligned columns and a bar chart in the terminal.
#pragma once

#include <ostream>

#include "search_result.hpp"

namespace news {

// Bars are at most this many characters wide.
inline constexpr std::size_t kBarWidth = 40;

// A bar of `count` against `max`: at least one block for a count above 0.
std::string text_bar(std::size_t count, std::size_t max);

// Writes the header's facets, then its timeline (one bar per period, then the undated
// matches), each under a heading naming what was counted.
void write_text_counts(std::ostream& out, const SearchHeader& header);

}  // namespace news
