// --batch FILE: many requests from one file, one answer row each ("which of these 500
// names appear in the archive, and when").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "search_engine.hpp"

namespace news {

// One request of a batch file.
struct BatchLine {
  std::size_t line = 0;              // 1-based line of FILE where it starts
  std::vector<std::string> carried;  // the CSV cells of the columns other than `query`
  std::string query;
  std::string error;  // non-empty: the line cannot be read (the run goes on without it)
};

struct BatchFile {
  std::vector<std::string> columns;  // CSV column names carried through (not `query`)
  std::vector<BatchLine> lines;
};

// Reads a batch file's text. `csv` (FILE ends in .csv): RFC 4180 with a header row that
// has a `query` column (any case); other columns are carried through; a malformed row, or
// one with another number of cells, is a line in error. Otherwise one request per line;
// blank lines and lines starting with '#' are skipped. A UTF-8 byte-order mark is ignored.
// Throws Error(kUsage) when a CSV file has no `query` column.
BatchFile parse_batch(std::string_view text, bool csv);

// Reads FILE (at most 64 MB) and parses it as above (CSV when its name ends in .csv).
// Throws Error(kUsage) when it cannot be read.
BatchFile read_batch_file(const std::string& path);

// The answer to one line of a batch.
struct BatchRow {
  BatchLine request;
  std::size_t total = 0;              // exact number of matches
  std::string first_date, last_date;  // YYYY-MM-DD of the oldest and newest dated match
  std::vector<std::string> top_ids;   // the first results in the request's order
};

// Runs `base` (filters, sort, limit: the number of top ids) with the line's query: the
// exact total, the first `base.limit` ids, and the first and last date over all matches
// (two searches sorted by date, one result each). Throws Error(kUsage) for a request that
// cannot run (a bad date in the query...), and Error(kDatabase).
BatchRow answer_batch_line(SearchEngine& engine, const SearchRequest& base, const BatchLine& line);

}  // namespace news
