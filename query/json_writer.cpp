#include "json_writer.hpp"

#include <cmath>

#include "article_json.hpp"
#include "manifest.hpp"

namespace news {

using nlohmann::ordered_json;

ordered_json result_json(const SearchResult& r) {
  ordered_json j = {{"rank", r.rank}, {"score", std::round(r.score * 10000.0) / 10000.0}};
  j.update(article_json(r.article));
  j["snippet"] = plain_snippet(r.snippet);
  return j;
}

void JsonWriter::begin(const SearchHeader& header) {
  if (m_lines) {
    return;
  }
  // The header is written by hand so that results can stream into the array.
  ordered_json head = {{"format_version", kOutputFormatVersion},
                       {"query", header.query},
                       {"parsed_query", header.parsed_query},
                       {"total", header.total},
                       {"total_is_exact", header.total_is_exact},
                       {"best_match", header.best_match},
                       {"notes", header.notes},
                       {"suggestion", header.suggestion},
                       {"corrected_query", header.corrected_query}};
  if (!header.explanation.empty()) {
    head["explanation"] = header.explanation;
  }
  head["manifest"] = manifest_json(m_request, header);
  std::string text = dump_json_line(head);
  text.pop_back();  // the closing brace
  m_out << text << ",\"results\":[";
}

void JsonWriter::write(const SearchResult& result) {
  if (m_lines) {
    m_out << dump_json_line(result_json(result)) << '\n';
    return;
  }
  m_out << (m_first ? "\n" : ",\n") << dump_json_line(result_json(result));
  m_first = false;
}

void JsonWriter::end() {
  if (!m_lines) {
    m_out << (m_first ? "" : "\n") << "]}\n";
  }
  m_out.flush();
}

}  // namespace news
