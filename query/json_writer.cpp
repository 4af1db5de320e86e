#include "json_writer.hpp"

#include <cmath>

namespace news {

using nlohmann::ordered_json;

namespace {

std::string dump(const ordered_json& j) {
  return j.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace

ordered_json result_json(const SearchResult& r) {
  const Article& a = r.article;
  return ordered_json{
      {"rank", r.rank},
      {"score", std::round(r.score * 10000.0) / 10000.0},
      {"id", a.id},
      {"path", a.path},
      {"title", a.title},
      {"date", a.date ? ordered_json(to_iso8601(*a.date)) : ordered_json(nullptr)},
      {"date_source", a.date_source},
      {"byline", a.byline},
      {"source", a.source},
      {"url", a.url},
      {"language", a.language},
      {"persons", a.persons},
      {"orgs", a.orgs},
      {"places", a.places},
      {"snippet", plain_snippet(r.snippet)},
  };
}

void JsonWriter::begin(const SearchHeader& header) {
  if (m_lines) {
    return;
  }
  // The header is written by hand so that results can stream into the array.
  const ordered_json head = {{"format_version", kOutputFormatVersion},
                             {"query", header.query},
                             {"parsed_query", header.parsed_query},
                             {"total", header.total},
                             {"total_is_exact", header.total_is_exact}};
  std::string text = dump(head);
  text.pop_back();  // the closing brace
  m_out << text << ",\"results\":[";
}

void JsonWriter::write(const SearchResult& result) {
  if (m_lines) {
    m_out << dump(result_json(result)) << '\n';
    return;
  }
  m_out << (m_first ? "\n" : ",\n") << dump(result_json(result));
  m_first = false;
}

void JsonWriter::end() {
  if (!m_lines) {
    m_out << (m_first ? "" : "\n") << "]}\n";
  }
  m_out.flush();
}

}  // namespace news
