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
  bool show_help = false;
  bool show_version = false;
  std::string help_text;
};

// Parses argv. Words starting with '-' or '+' that are not one of the options below are
// query syntax (`volcker -oil`), never options; short options stand alone (`-n 5`).
// Throws Error(kUsage) with a one-line reason on a bad command line: unknown option,
// a number out of range, contradictory dates, no query.
QueryOptions parse_query_options(int argc, const char* const argv[]);

}  // namespace news
