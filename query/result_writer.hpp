// Output formats of newsquery. Every format is written from the same SearchHeader and
// SearchResult stream, so a field added to them appears wherever it should.
#pragma once

#include <memory>
#include <ostream>

#include "options.hpp"
#include "search_result.hpp"

namespace news {

// Version of the JSON/JSON Lines/CSV output; see docs/output-format.md.
inline constexpr int kOutputFormatVersion = 3;

class ResultWriter {
 public:
  virtual ~ResultWriter() = default;
  virtual void begin(const SearchHeader& header) = 0;
  virtual void write(const SearchResult& result) = 0;
  virtual void end() = 0;
};

// A writer for `format` on `out`. `terminal` turns on emphasis in the text format; the
// JSON format describes `request` in its manifest object.
std::unique_ptr<ResultWriter> make_writer(OutputFormat format, std::ostream& out, bool terminal,
                                          const SearchRequest& request);

}  // namespace news
