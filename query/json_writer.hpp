// JSON (one document with a header and a results array) and JSON Lines (one result per
// line; with facets or a timeline, the header first, as a line of its own) output.
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
  // `request` (kept by reference: it must outlive the writer) goes into the manifest.
  JsonWriter(std::ostream& out, bool lines, const SearchRequest& request)
      : m_out(out), m_lines(lines), m_request(request) {}
  void begin(const SearchHeader& header) override;
  void write(const SearchResult& result) override;
  void end() override;

 private:
  // The document's keys before "results" (format version, totals, counts, manifest).
  nlohmann::ordered_json header_json(const SearchHeader& header) const;

  std::ostream& m_out;
  bool m_lines;
  const SearchRequest& m_request;
  bool m_first = true;
};

}  // namespace news
