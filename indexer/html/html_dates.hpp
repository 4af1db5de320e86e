// The publication date of an HTML article and where it was found.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "html_document.hpp"
#include "json_ld.hpp"
#include "meta_fields.hpp"
#include "timestamp.hpp"

namespace news::html {

struct DateFinding {
  std::optional<Timestamp> date;  // the calendar day as the page writes it
  const char* source = nullptr;   // a date_source constant, nullptr when undated
};

// In order: JSON-LD datePublished/dateCreated; published-date <meta> tags
// (article:published_time, date, pubdate, DC.date.issued, sailthru.date, ...);
// itemprop="datePublished" elements; a WebPage's datePublished (all "metadata") -- unless
// the date shown next to the <h1> differs and another signal confirms it ("text"); <time
// pubdate> or a "published" <time>, then the first <time datetime>; a date in the
// canonical URL's path ("url"); a date in a short date/byline/meta element after the
// <h1> ("text"); finally modification dates and "datePublished" in scripts ("metadata").
DateFinding find_article_date(const HtmlDocument& doc, const PageMeta& meta,
                              const JsonLdArticle& ld, std::string_view url,
                              std::string_view raw_html);

// A date in a URL's path: /2025/10/29/, /2025-10-29, /20251029; nullopt when none.
std::optional<Timestamp> date_in_url(std::string_view url);

}  // namespace news::html
