// JSON (one document with a header and a results array) and JSON Lines (one result per
// line) output.
#pragma once

#include <nlohmann/json.hpp>

#include "result_writer.hpp"

namespace news {

// The JSON object of one result, shared by the JSON and JSON Lines writers.
nlohmann::ordered_json result_json(const SearchResult& result);

// The header's totals, facets and timeline as JSON keys (added to the document's header).
nlohmann::ordered_json counts_json(const SearchHeader& header);

class JsonWriter : public ResultWriter {
 public:
  JsonWriter(std::ostream& out, bool lines) : m_out(out), m_lines(lines) {}
  void begin(const SearchHeader& header) override;
  void write(const SearchResult& result) override;
  void end() override;

 private:
  std::ostream& m_out;
  bool m_lines;
  bool m_first = true;
};

}  // namespace news
