// The frame every HTML page shares: head (title, the stylesheet and script compiled into
// the program), a banner with the search form, the main landmark, a footer. Scripts are
// only ever files of the program (the Content-Security-Policy forbids inline ones).
#pragma once

#include <string>
#include <string_view>

#include "search_request.hpp"

namespace news::web {

// The whole page. `title` is text (escaped here); `main_html` is markup already escaped.
// The banner's search form shows `request` (the search being looked at, if any).
std::string html_page(std::string_view title, const SearchRequest& request,
                      std::string_view main_html);

// The search form: the request box, sort, date range, language; the person filters kept
// as removable hidden fields. Works without JavaScript (a plain GET form).
std::string search_form(const SearchRequest& request);

// A date for display ("2025-10-29", with the time when known: "2025-10-29 10:00 UTC") in a
// <time> element.
std::string time_html(const std::string& iso8601);

}  // namespace news::web
