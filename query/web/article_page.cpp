#include "article_page.hpp"

#include "html_text.hpp"
#include "page_layout.hpp"
#include "search_page.hpp"
#include "web_params.hpp"

namespace news::web {
namespace {

constexpr std::size_t kEntitiesShown = 50;

std::string row(std::string_view label, const std::string& value_html) {
  return value_html.empty() ? std::string()
                            : "<dt>" + std::string(label) + "</dt><dd>" + value_html + "</dd>";
}

std::string facts_html(const Article& a) {
  std::string date = "undated";
  if (a.date) {
    date = time_html(to_iso8601(*a.date)) + " <span class=\"date-source\">(from the " +
           escape_html(a.date_source) + ")</span>";
  }
  const std::string link = safe_link(a.url);
  const std::string url = link.empty() ? escape_html(a.url)
                                       : "<a href=\"" + escape_html(link) +
                                             "\" rel=\"noopener noreferrer nofollow\">" +
                                             escape_html(a.url) + "</a>";
  return "<dl class=\"facts\">" + row("Date", date) + row("By", escape_html(a.byline)) +
         row("Source", escape_html(a.source)) + row("Link", url) +
         row("Language", escape_html(a.language)) + row("File", escape_html(a.path)) +
         row("Id", "<code>" + escape_html(a.id) + "</code>") + "</dl>";
}

// Paragraphs separated by blank lines; single line breaks kept.
std::string body_html(const std::string& body) {
  std::string out;
  std::size_t from = 0;
  while (from < body.size()) {
    std::size_t end = body.find("\n\n", from);
    end = end == std::string::npos ? body.size() : end;
    std::string paragraph = escape_html(body.substr(from, end - from));
    if (paragraph.find_first_not_of(" \t\r\n") != std::string::npos) {
      for (std::size_t nl = paragraph.find('\n'); nl != std::string::npos;
           nl = paragraph.find('\n', nl + 5)) {
        paragraph.replace(nl, 1, "<br>\n");
      }
      out += "<p>" + paragraph + "</p>\n";
    }
    from = end + 2;
  }
  return out;
}

std::string copies_html(const StoredArticle& s) {
  if (s.copy_count == 0) {
    return {};
  }
  std::string out =
      "<section class=\"copies\" aria-labelledby=\"copies-title\">"
      "<h2 id=\"copies-title\">Copies of this article (" +
      std::to_string(s.copy_count) + ")</h2><ul>";
  for (const ArticleCopy& copy : s.copies) {
    out += "<li><a href=\"/article?id=" + escape_html(url_encode(copy.id)) + "\">" +
           escape_html(copy.title.empty() ? copy.id : copy.title) + "</a> " +
           (copy.date ? time_html(to_iso8601(*copy.date)) : std::string("undated")) +
           (copy.source.empty() ? "" : " &#xB7; " + escape_html(copy.source)) + "</li>";
  }
  if (s.copies.size() < s.copy_count) {
    out += "<li>and " + std::to_string(s.copy_count - s.copies.size()) + " more</li>";
  }
  return out + "</ul></section>";
}

}  // namespace

std::string article_page(const StoredArticle& s) {
  const Article& a = s.article;
  const std::string title = a.title.empty() ? a.id : a.title;
  std::string main = "<article lang=\"" + escape_html(a.language.empty() ? "und" : a.language) +
                     "\"><h1>" + escape_html(title) + "</h1>" + facts_html(a);
  const std::string entities = entity_links(a, kEntitiesShown);
  if (!entities.empty()) {
    main +=
        "<nav class=\"article-entities\" aria-label=\"Named in this article\">"
        "<h2>Named in this article</h2>" +
        entities + "</nav>";
  }
  main += "<div class=\"text\">" + body_html(a.body) + "</div>" + copies_html(s) + "</article>";
  return html_page(title, SearchRequest{}, main);
}

std::string missing_article_page(const std::string& id) {
  return html_page("No such article", SearchRequest{},
                   "<div class=\"error\" role=\"alert\"><h1>No such article</h1><p>The index "
                   "has no article <code>" +
                       escape_html(id) +
                       "</code>: it may have been removed since the search.</p></div>");
}

}  // namespace news::web
