// The newsquery command line, parsed into a search request and output settings.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "search_request.hpp"

namespace news {

enum class OutputFormat { kText, kJson, kJsonLines, kCsv };

struct QueryOptions {
  std::vector<std::string> db_dirs;  // --db, repeatable: searched as one archive
  SearchRequest request;             // the QUERY words joined with spaces, filters, paging
  bool count = false;                // --count: print the number of matches only
  OutputFormat format = OutputFormat::kText;
  std::string output;      // --output FILE, else stdout
  bool force = false;      // --force: overwrite --output, --manifest, --plot, --export-dir files
  std::string manifest;    // --manifest FILE: the search's manifest as JSON
  std::string export_dir;  // --export-dir DIR: each result's text and metadata as files
  std::string batch;       // --batch FILE: one request per line (or CSV row), one row each
  std::string plot;        // --plot FILE.svg: the timeline as an SVG chart
  bool serve = false;      // --serve: answer searches from a web page instead (query/web/)
  std::string listen = "127.0.0.1";  // --listen ADDR: the address the page is served on
  unsigned port = 8080;              // --port N: its port; 0 picks a free one
  bool show_help = false;
  bool show_version = false;
  std::string help_text;
};

// Parses argv. Words starting with '-' or '+' that are not one of the options below are
// query syntax (`volcker -oil`), never options; short options stand alone (`-n 5`).
// Throws Error(kUsage) with a one-line reason on a bad command line: unknown option,
// a number out of range, contradictory dates, no query (none is needed with --serve, and
// none may be given with it).
QueryOptions parse_query_options(int argc, const char* const argv[]);

}  // namespace news
