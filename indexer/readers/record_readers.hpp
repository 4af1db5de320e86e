// Files of article records: JSON, JSON Lines, CSV and TSV. Each record is one article;
// see docs/formats.md for the field names that are recognised and how ids are formed.
#pragma once

#include "reader.hpp"

namespace news {

// .json: an article object, an array of them, an object holding such an array, or JSON
// Lines. Throws ReadError when the file is not JSON.
ReadResult read_json_file(const RawItem& item);

// .jsonl, .ndjson: one article object per line; a broken line is an error of its own.
ReadResult read_json_lines_file(const RawItem& item);

// .csv (comma, RFC 4180 quoting) and .tsv (tab, no quoting): a header row naming the
// fields, then one article per row. Throws ReadError when there is no header or no row.
ReadResult read_csv_file(const RawItem& item);
ReadResult read_tsv_file(const RawItem& item);

}  // namespace news
