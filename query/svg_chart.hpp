// The timeline as an SVG bar chart (--plot): axes, ticks, period labels, the request as
// title. Written here, no plotting tool needed; every text is escaped.
#pragma once

#include <ostream>
#include <string>

#include "search_result.hpp"

namespace news {

// The smallest "nice" axis maximum (1, 2 or 5 times a power of ten) at or above `max`.
std::size_t axis_maximum(std::size_t max);

// Writes a complete SVG document: one bar per period of `timeline`, the y axis counting
// `what` ("articles" or "stories"), the undated matches named under the chart.
void write_timeline_svg(std::ostream& out, const std::string& title, const Timeline& timeline,
                        const std::string& what);

}  // namespace news
