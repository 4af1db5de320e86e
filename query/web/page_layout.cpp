#include "page_layout.hpp"

#include "html_text.hpp"
#include "web_params.hpp"

namespace news::web {
namespace {

std::string option(std::string_view value, std::string_view label, bool selected) {
  return "<option value=\"" + std::string(value) + "\"" + (selected ? " selected" : "") + ">" +
         std::string(label) + "</option>";
}

std::string sort_select(SortOrder sort) {
  return "<label for=\"sort\">Sort</label><select id=\"sort\" name=\"sort\">" +
         option("relevance", "best match", sort == SortOrder::kRelevance) +
         option("newest", "newest first", sort == SortOrder::kNewest) +
         option("oldest", "oldest first", sort == SortOrder::kOldest) + "</select>";
}

std::string text_input(std::string_view name, std::string_view label, const std::string& value,
                       std::string_view extra) {
  return "<label for=\"" + std::string(name) + "\">" + std::string(label) + "</label><input id=\"" +
         std::string(name) + "\" name=\"" + std::string(name) + "\" value=\"" + escape_html(value) +
         "\" " + std::string(extra) + ">";
}

// The person filters of the request: hidden fields, and links to the search without each.
std::string person_filters(const SearchRequest& request) {
  std::string out;
  for (std::size_t i = 0; i < request.persons.size(); ++i) {
    SearchRequest without = request;
    without.persons.erase(without.persons.begin() + std::ptrdiff_t(i));
    without.offset = 0;
    const std::string name = escape_html(request.persons[i]);
    out += "<input type=\"hidden\" name=\"person\" value=\"" + name + "\">";
    out += "<a class=\"chip\" href=\"/?" + escape_html(query_string(without)) +
           "\" aria-label=\"Remove the filter person " + name + "\">person: " + name +
           " <span aria-hidden=\"true\">&#x2715;</span></a>";
  }
  return out.empty() ? out : "<p class=\"filters\">" + out + "</p>";
}

}  // namespace

std::string search_form(const SearchRequest& r) {
  return "<form class=\"search\" role=\"search\" action=\"/\" method=\"get\">"
         "<div class=\"box\"><label for=\"q\">Search the archive</label>"
         "<input id=\"q\" name=\"q\" type=\"search\" maxlength=\"" +
         std::to_string(kMaxQueryBytes) + "\" value=\"" + escape_html(r.query) +
         "\" placeholder=\"person:&quot;Khawaja Asif&quot; talks\" "
         "aria-describedby=\"q-help\" autocomplete=\"off\">"
         "<button type=\"submit\">Search</button></div>"
         "<p id=\"q-help\" class=\"help\">Words must all match; \"a phrase\", -word, OR, "
         "person:, org:, place:, source:, date:2025-10 (press / to come back here)</p>"
         "<div class=\"options\">" +
         sort_select(r.sort) +
         text_input("since", "From", r.since,
                    "placeholder=\"YYYY-MM-DD\" size=\"10\" inputmode=\"numeric\"") +
         text_input("until", "To", r.until,
                    "placeholder=\"YYYY-MM-DD\" size=\"10\" inputmode=\"numeric\"") +
         text_input("lang", "Language", r.language, "placeholder=\"en\" size=\"3\"") + "</div>" +
         person_filters(r) + "</form>";
}

std::string html_page(std::string_view title, const SearchRequest& request,
                      std::string_view main_html) {
  return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<title>" +
         escape_html(title) +
         " - newsindex</title>"
         "<link rel=\"icon\" href=\"/static/icon.svg\" type=\"image/svg+xml\">"
         "<link rel=\"stylesheet\" href=\"/static/style.css\">"
         "<script src=\"/static/app.js\" defer></script></head><body>"
         "<a class=\"skip\" href=\"#main\">Skip to the content</a>"
         "<header class=\"banner\"><p class=\"site\"><a href=\"/\">newsindex</a></p>" +
         search_form(request) + "</header><main id=\"main\" tabindex=\"-1\">" +
         std::string(main_html) +
         "</main><footer><p>newsindex: full-text search of a news archive." +
         (has_search(request) ? " <a href=\"/api/search?" + escape_html(query_string(request)) +
                                    "\">This search as JSON</a>"
                              : std::string()) +
         "</p></footer></body></html>\n";
}

std::string time_html(const std::string& iso8601) {
  std::string shown = iso8601.substr(0, 10);
  if (iso8601.size() >= 16 && iso8601[10] == 'T') {
    shown.append(" ").append(iso8601, 11, 5).append(" UTC");
  }
  std::string out = "<time datetime=\"";
  out.append(escape_html(iso8601)).append("\">").append(escape_html(shown)).append("</time>");
  return out;
}

}  // namespace news::web
