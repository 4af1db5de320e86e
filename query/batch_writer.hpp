// Output of --batch: one row per request, in the formats of newsquery (text, json, jsonl,
// csv; see docs/output-format.md).
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "batch_search.hpp"
#include "options.hpp"

namespace news {

class BatchWriter {
 public:
  virtual ~BatchWriter() = default;
  // `columns`: the names of the carried CSV columns; `file`: the batch file as given.
  virtual void begin(const std::string& file, const std::vector<std::string>& columns) = 0;
  // A row; for a line in error, `row.request.error` says why and the counts are empty.
  virtual void write(const BatchRow& row) = 0;
  virtual void end() = 0;
};

std::unique_ptr<BatchWriter> make_batch_writer(OutputFormat format, std::ostream& out);

}  // namespace news
