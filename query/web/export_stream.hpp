// Exports of a whole match set (CSV, JSON, JSON Lines) streamed to the browser in chunks
// as the results are found: memory stays flat however many articles match, and nothing is
// written to the server's file system.
#pragma once

#include <httplib.h>

#include <optional>
#include <string>

#include "options.hpp"
#include "search_engine.hpp"

namespace news::web {

// The output format an export parameter names ("csv", "json", "jsonl"), or nothing.
std::optional<OutputFormat> export_format(const std::string& name);

// Sets `response` to stream every matching article of `request` (from its offset on; no
// collapsing of copies into their story) in `format`,
// with the writers of newsquery --format, as a download. The search runs when the body
// is sent; it stops when the browser goes away. `engine` must outlive the response.
void stream_export(SearchEngine& engine, const SearchRequest& request, OutputFormat format,
                   httplib::Response& response);

}  // namespace news::web
