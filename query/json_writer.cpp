#include "json_writer.hpp"

#include <cmath>

#include "article_json.hpp"
#include "manifest.hpp"

namespace news {

using nlohmann::ordered_json;

namespace {

ordered_json copies_json(const std::vector<ArticleCopy>& copies) {
  ordered_json list = ordered_json::array();
  for (const ArticleCopy& c : copies) {
    list.push_back({{"id", c.id},
                    {"title", c.title},
                    {"date", c.date ? ordered_json(to_iso8601(*c.date)) : ordered_json(nullptr)},
                    {"source", c.source}});
  }
  return list;
}

ordered_json facets_json(const std::vector<FacetCounts>& facets) {
  ordered_json out = ordered_json::object();
  for (const FacetCounts& f : facets) {
    ordered_json values = ordered_json::array();
    for (const FacetValue& v : f.values) {
      values.push_back({{"value", v.value}, {"count", v.count}});
    }
    out[f.field] = {{"values", values}, {"other_values", f.other_values}};
  }
  return out;
}

}  // namespace

ordered_json result_json(const SearchResult& r) {
  ordered_json j = {{"rank", r.rank}, {"score", std::round(r.score * 10000.0) / 10000.0}};
  j.update(article_json(r.article));
  j["snippet"] = plain_snippet(r.snippet);
  j["copy_count"] = r.copy_count;
  j["copies"] = copies_json(r.copies);
  return j;
}

ordered_json counts_json(const SearchHeader& h) {
  ordered_json j = {
      {"collapsed", h.collapsed}, {"stories", h.stories}, {"stories_is_exact", h.stories_is_exact}};
  if (h.count_by.empty()) {
    return j;
  }
  j["count_by"] = h.count_by;
  j["counted"] = h.counted;
  if (!h.facets.empty()) {
    j["facets"] = facets_json(h.facets);
  }
  if (!h.timeline.period.empty()) {
    ordered_json periods = ordered_json::array();
    for (const TimelinePeriodCount& p : h.timeline.periods) {
      periods.push_back({{"period", p.period}, {"count", p.count}});
    }
    j["timeline_period"] = h.timeline.period;
    j["timeline"] = periods;
    j["undated"] = h.timeline.undated;
  }
  return j;
}

ordered_json JsonWriter::header_json(const SearchHeader& header) const {
  ordered_json head = {{"format_version", kOutputFormatVersion},
                       {"query", header.query},
                       {"parsed_query", header.parsed_query},
                       {"total", header.total},
                       {"total_is_exact", header.total_is_exact},
                       {"best_match", header.best_match},
                       {"notes", header.notes},
                       {"suggestion", header.suggestion},
                       {"corrected_query", header.corrected_query}};
  head.update(counts_json(header));
  if (!header.explanation.empty()) {
    head["explanation"] = header.explanation;
  }
  head["manifest"] = manifest_json(m_request, header);
  return head;
}

void JsonWriter::begin(const SearchHeader& header) {
  if (m_lines) {
    // Facets and timelines are known before the first result: a first line, the JSON
    // document's header, so that `head -n 1` has them without reading the export.
    if (!header.count_by.empty()) {
      m_out << dump_json_line(header_json(header)) << '\n';
    }
    return;
  }
  // The header is written by hand so that results can stream into the array.
  std::string text = dump_json_line(header_json(header));
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
