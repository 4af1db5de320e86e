#include "search_page.hpp"

#include <algorithm>

#include "html_text.hpp"
#include "page_layout.hpp"
#include "web_params.hpp"

namespace news::web {
namespace {

constexpr std::size_t kEntitiesPerResult = 4;

// A name without the quotes that would end a phrase in a field search.
std::string unquoted(const std::string& name) {
  std::string out;
  for (const char c : name) {
    out.push_back(c == '"' ? ' ' : c);
  }
  return out;
}

std::string entity_list(const std::vector<std::string>& names, const std::string& kind,
                        std::size_t max) {
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < max; ++i) {
    SearchRequest r;
    if (kind == "person") {
      r.persons.push_back(names[i]);
    } else {
      r.query = kind + ":\"" + unquoted(names[i]) + "\"";
    }
    out += "<li><a class=\"" + kind + "\" href=\"/?" + escape_html(query_string(r)) + "\">" +
           escape_html(names[i]) + "</a></li>";
  }
  return out;
}

// The other matching articles of a result's story (collapsed into it).
std::string copies_html(const SearchResult& result) {
  if (result.copy_count == 0) {
    return {};
  }
  std::string out = "<p class=\"copies\">Also as: ";
  for (std::size_t i = 0; i < result.copies.size() && i < kCopiesPerResult; ++i) {
    const ArticleCopy& copy = result.copies[i];
    out += std::string(i == 0 ? "" : "; ") +
           "<a href=\"/article?id=" + escape_html(url_encode(copy.id)) + "\">" +
           escape_html(copy.source.empty() ? copy.id : copy.source) + "</a>";
  }
  const std::size_t shown = std::min(result.copies.size(), kCopiesPerResult);
  if (result.copy_count > shown) {
    out += " and " + std::to_string(result.copy_count - shown) + " more";
  }
  return out + "</p>";
}

std::string summary_html(const SearchResponse& response, const SearchRequest& request) {
  const SearchHeader& h = response.header;
  std::string out = "<p class=\"total\">" + std::string(h.total_is_exact ? "" : "About ") +
                    std::to_string(h.total) + (h.total == 1 ? " article" : " articles");
  if (h.collapsed && h.stories != h.total) {
    out += std::string(" in ") + (h.stories_is_exact ? "" : "about ") + std::to_string(h.stories) +
           (h.stories == 1 ? " story" : " stories");
  }
  if (!response.results.empty()) {
    out += ", " + std::to_string(request.offset + 1) + "&#x2013;" +
           std::to_string(request.offset + response.results.size()) + " shown";
  }
  out += "</p>";
  for (const std::string& note : h.notes) {
    out += "<p class=\"note\">" + escape_html(note) + "</p>";
  }
  if (!h.suggestion.empty() && h.corrected_query.empty()) {
    SearchRequest suggested = request;
    suggested.query = h.suggestion;
    suggested.offset = 0;
    out += "<p class=\"suggestion\">Did you mean <a href=\"/?" +
           escape_html(query_string(suggested)) + "\">" + escape_html(h.suggestion) + "</a>?</p>";
  }
  return out;
}

std::string page_link(const SearchRequest& request, std::size_t offset, std::string_view rel,
                      std::string_view label) {
  SearchRequest page = request;
  page.offset = offset;
  return "<a rel=\"" + std::string(rel) + "\" href=\"/?" + escape_html(query_string(page)) + "\">" +
         std::string(label) + "</a>";
}

std::string paging_html(const SearchResponse& response, const SearchRequest& r) {
  const bool previous = r.offset > 0;
  const SearchHeader& h = response.header;
  const bool next = r.offset + response.results.size() < (h.collapsed ? h.stories : h.total) &&
                    response.results.size() == r.limit && r.offset + r.limit <= kMaxOffset;
  if (!previous && !next) {
    return {};
  }
  std::string out = "<nav class=\"paging\" aria-label=\"Result pages\">";
  if (previous) {
    out +=
        page_link(r, r.offset > r.limit ? r.offset - r.limit : 0, "prev", "&#x2190; Previous page");
  }
  if (next) {
    out += page_link(r, r.offset + r.limit, "next", "Next page &#x2192;");
  }
  return out + "</nav>";
}

std::string export_html(const SearchRequest& r, std::size_t total) {
  SearchRequest all = r;
  all.offset = 0;
  const std::string base = "/export?" + escape_html(query_string(all)) + "&amp;format=";
  return "<p class=\"export\">Export all " + std::to_string(total) +
         (total == 1 ? " match" : " matches") + ": <a download href=\"" + base +
         "csv\">CSV</a> <a download href=\"" + base + "json\">JSON</a> <a download href=\"" + base +
         "jsonl\">JSON Lines</a></p>";
}

std::string results_html(const SearchPageView& v) {
  const SearchResponse& response = *v.response;
  std::string out =
      "<section class=\"answer\" aria-labelledby=\"results-title\">"
      "<h1 id=\"results-title\">Results</h1>"
      "<div id=\"summary\" aria-live=\"polite\">" +
      summary_html(response, v.request) + "</div>";
  if (!response.results.empty()) {
    out += "<ol class=\"results\" start=\"" + std::to_string(v.request.offset + 1) + "\">";
    for (const SearchResult& result : response.results) {
      out += result_html(result);
    }
    out +=
        "</ol>" + paging_html(response, v.request) + export_html(v.request, response.header.total);
  }
  return out + "</section>";
}

}  // namespace

std::string entity_links(const Article& a, std::size_t max_each) {
  const std::string links = entity_list(a.persons, "person", max_each) +
                            entity_list(a.orgs, "org", max_each) +
                            entity_list(a.places, "place", max_each);
  return links.empty() ? links : "<ul class=\"entities\">" + links + "</ul>";
}

std::string result_html(const SearchResult& result) {
  const Article& a = result.article;
  std::string out =
      "<li class=\"result\"><h2><a href=\"/article?id=" + escape_html(url_encode(a.id)) + "\">" +
      escape_html(a.title.empty() ? a.id : a.title) + "</a></h2><p class=\"meta\">";
  out += a.date ? time_html(to_iso8601(*a.date)) : "<span class=\"undated\">undated</span>";
  for (const std::string* part : {&a.source, &a.byline}) {
    if (!part->empty()) {
      out += " <span class=\"sep\" aria-hidden=\"true\">&#xB7;</span> " + escape_html(*part);
    }
  }
  out += "</p><p class=\"snippet\">" + highlighted_html(result.snippet) + "</p>";
  return out + entity_links(a, kEntitiesPerResult) + copies_html(result) + "</li>";
}

std::string search_page(const SearchPageView& v) {
  std::string main;
  if (!v.error.empty()) {
    main = "<div class=\"error\" role=\"alert\"><h1>The search could not run</h1><p>" +
           escape_html(v.error) + "</p>" +
           (v.hint.empty() ? "" : "<p>" + escape_html(v.hint) + "</p>") + "</div>";
  } else if (v.response == nullptr) {
    main =
        "<h1>Search the archive</h1><p class=\"intro\">Type words, names or a phrase above; "
        "then narrow by person, organisation, place, source, language or year.</p>";
  } else {
    main = "<div class=\"layout\">" + results_html(v) +
           (v.aside_html.empty() ? std::string()
                                 : "<aside class=\"narrow\" aria-label=\"Narrow the search\">" +
                                       v.aside_html + "</aside>") +
           "</div>";
  }
  const std::string title = has_search(v.request) ? v.request.query : "Search";
  return html_page(title.empty() ? "Search" : title, v.request, main);
}

}  // namespace news::web
