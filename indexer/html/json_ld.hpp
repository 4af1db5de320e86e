// What a page's JSON-LD (schema.org) blocks say about the article it holds.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace news::html {

struct JsonLdArticle {
  bool found = false;          // an Article-like object (NewsArticle, BlogPosting, ...)
  std::string headline;        // headline, else name
  std::string date_published;  // as written; datePublished, else dateCreated
  std::string date_modified;
  std::string page_date;             // datePublished of a WebPage object, when no article has one
  std::vector<std::string> authors;  // person names first, then organisation names; without
                                     // an article's, those of the page's other work (WebPage, …)
  std::string publisher;
  std::string url;
  std::string language;
  std::vector<std::string> persons;  // from about and mentions, taken as given
  std::vector<std::string> orgs;
  std::vector<std::string> places;
};

// Reads the article out of the texts of <script type="application/ld+json"> elements.
// Objects are found at the top level, in arrays and in @graph lists; {"@id": ...}
// references are resolved within the page. Broken JSON (raw new lines in strings, HTML
// comments or CDATA markers around it) is repaired where that is easy, else skipped.
JsonLdArticle read_json_ld(const std::vector<std::string_view>& scripts);

}  // namespace news::html
