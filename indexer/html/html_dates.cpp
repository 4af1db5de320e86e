#include "html_dates.hpp"

#include <algorithm>
#include <cctype>

#include "article.hpp"
#include "date_parser.hpp"
#include "page_regions.hpp"

namespace news::html {
namespace {

// <meta> keys (lower case) that name the publication date, strongest first.
constexpr std::string_view kPublishedKeys[] = {"article:published_time",
                                               "og:article:published_time",
                                               "og:published_time",
                                               "datepublished",
                                               "article:published",
                                               "publishdate",
                                               "publish-date",
                                               "publish_date",
                                               "pubdate",
                                               "pub_date",
                                               "date",
                                               "dc.date.issued",
                                               "dcterms.issued",
                                               "dcterms.created",
                                               "dc.date.created",
                                               "dc.date",
                                               "dcterms.date",
                                               "dc.created",
                                               "sailthru.date",
                                               "parsely-pub-date",
                                               "article.published",
                                               "article_date_original",
                                               "original-publish-date",
                                               "originalpublicationdate",
                                               "publication_date",
                                               "publication-date",
                                               "published_time",
                                               "published-date",
                                               "published_date",
                                               "date_published",
                                               "citation_publication_date",
                                               "citation_date",
                                               "rnews:datepublished",
                                               "cxenseparse:recs:publishtime",
                                               "displaydate",
                                               "release_date",
                                               "datecreated",
                                               "created",
                                               "creation_date",
                                               "prism.publicationdate",
                                               "parsely-page"};

// <meta> keys of the last modification, used only when nothing better is found.
constexpr std::string_view kModifiedKeys[] = {"article:modified_time",
                                              "og:updated_time",
                                              "datemodified",
                                              "dcterms.modified",
                                              "dc.date.modified",
                                              "last-modified",
                                              "lastmod",
                                              "article.updated",
                                              "modified"};

// Class/id words of elements whose short text may be the visible date.
constexpr std::string_view kDateClassWords[] = {"date", "time",     "publish", "posted", "byline",
                                                "meta", "dateline", "info",    "datum",  "fecha"};
constexpr std::size_t kMaxDateTextBytes = 160;
// How much text after and before the <h1> is searched for a visible date.
constexpr std::size_t kNearHeadlineBytes = 600;
constexpr std::size_t kBeforeHeadlineBytes = 200;

// Script keys that hold a publication date in pages without metadata.
constexpr std::string_view kScriptKeys[] = {
    "\"datePublished\"",  "\"publishDate\"",   "\"pubDate\"",     "\"published_at\"",
    "\"publishedAt\"",    "\"publishedDate\"", "\"dateCreated\"", "\"createdAt\"",
    "\"date_published\"", "\"publish_date\""};

DateFinding metadata(std::optional<Timestamp> ts) {
  return ts ? DateFinding{ts, date_source::kMetadata} : DateFinding{};
}

std::optional<Timestamp> from_meta(const PageMeta& meta, const std::string_view* keys,
                                   std::size_t count) {
  for (std::size_t k = 0; k < count; ++k) {
    for (std::string_view value : meta.all(keys[k])) {
      if (auto ts = find_written_day(value)) {
        return ts;
      }
    }
  }
  return std::nullopt;
}

std::optional<Timestamp> element_date(const HtmlDocument& doc, int i) {
  for (const char* attr : {"datetime", "content", "title"}) {
    if (auto ts = find_written_day(doc.attribute(i, attr))) {
      return ts;
    }
  }
  const std::string text = doc.text_content(i);
  return text.size() <= kMaxDateTextBytes ? find_written_day(text) : std::nullopt;
}

bool is_published_property(const HtmlDocument& doc, int i) {
  std::string name = to_lower(doc.attribute(i, "itemprop"));
  if (name.empty()) {
    name = to_lower(doc.attribute(i, "property"));  // RDFa "schema:dateCreated"
    name.erase(0, name.starts_with("schema:") ? 7 : 0);
  }
  return name == "datepublished" || name == "datecreated";
}

// The first itemprop=datePublished (or dateCreated) element with a date.
std::optional<Timestamp> from_properties(const HtmlDocument& doc) {
  for (int i = 0; i < doc.size(); ++i) {
    if (!doc.node(i).is_text && doc.tag(i) != GUMBO_TAG_META && is_published_property(doc, i)) {
      if (auto ts = element_date(doc, i)) {
        return ts;
      }
    }
  }
  return std::nullopt;
}

// A <time> marked as the publication time (pubdate, class "published"), else the first
// <time> with a date next to a headline, else the first one outside comment threads (readers'
// comments carry their own times).
std::optional<Timestamp> from_time_elements(const HtmlDocument& doc) {
  std::optional<Timestamp> near_time, first_time;
  std::vector<bool> near;
  for (int i = 0; i < doc.size(); ++i) {
    if (doc.tag(i) != GUMBO_TAG_TIME || doc.node(i).is_text) {
      continue;
    }
    const std::string cls = to_lower(doc.attribute(i, "class"));
    const bool marked = !doc.attribute(i, "pubdate").empty() || cls.find("publish") != cls.npos ||
                        cls.find("entry-date") != cls.npos;
    auto ts = element_date(doc, i);
    if (ts && marked) {
      return ts;
    }
    if (!ts || (near_time && first_time)) {
      continue;
    }
    if (near.empty()) {
      near = near_headlines(doc);
    }
    if (!near_time && near[static_cast<std::size_t>(i)]) {
      near_time = ts;
    }
    if (!first_time && !in_comments(doc, i)) {
      first_time = ts;
    }
  }
  return near_time ? near_time : first_time;
}

bool has_date_class(const HtmlDocument& doc, int i) {
  const std::string tokens =
      to_lower(doc.attribute(i, "class")) + " " + to_lower(doc.attribute(i, "id"));
  return std::any_of(std::begin(kDateClassWords), std::end(kDateClassWords),
                     [&](std::string_view w) { return tokens.find(w) != tokens.npos; });
}

// A date in a short element with a date-like class, after the <h1> when there is one.
std::optional<Timestamp> from_visible_text(const HtmlDocument& doc) {
  const int h1 = doc.find_first(GUMBO_TAG_H1);
  std::optional<Timestamp> before_h1;
  for (int i = 0; i < doc.size(); ++i) {
    if (doc.node(i).is_text || doc.tag(i) == GUMBO_TAG_SCRIPT || !has_date_class(doc, i)) {
      continue;
    }
    const std::string text = doc.text_content(i);
    if (text.size() > kMaxDateTextBytes) {
      continue;
    }
    if (auto ts = find_written_day(text)) {
      if (h1 < 0 || i > h1) {
        return ts;
      }
      before_h1 = before_h1 ? before_h1 : ts;
    }
  }
  return before_h1;
}

// The date in text node i when it is short; adds its length to `seen`.
std::optional<Timestamp> short_text_date(const HtmlDocument& doc, int i, std::size_t& seen) {
  if (!doc.node(i).is_text) {
    return std::nullopt;
  }
  const std::string text = collapse_space(doc.text(i));
  seen += text.size();
  return text.size() <= kMaxDateTextBytes ? find_written_day(text) : std::nullopt;
}

// A date in a short text near the headline: in the text after the first <h1>, then in
// the text just before it (a kicker or dateline above the headline).
std::optional<Timestamp> near_headline(const HtmlDocument& doc) {
  const int h1 = doc.find_first(GUMBO_TAG_H1);
  if (h1 < 0) {
    return std::nullopt;
  }
  std::size_t seen = 0;
  for (int i = doc.node(h1).end; i < doc.size() && seen < kNearHeadlineBytes; ++i) {
    if (auto ts = short_text_date(doc, i, seen)) {
      return ts;
    }
  }
  seen = 0;
  for (int i = h1 - 1; i >= 0 && seen < kBeforeHeadlineBytes; --i) {
    if (auto ts = short_text_date(doc, i, seen)) {
      return ts;
    }
  }
  return std::nullopt;
}

// The first date in any short text of the page (a date label far from the headline).
std::optional<Timestamp> anywhere_short(const HtmlDocument& doc) {
  std::size_t seen = 0;
  for (int i = 0; i < doc.size(); ++i) {
    if (auto ts = short_text_date(doc, i, seen)) {
      return ts;
    }
  }
  return std::nullopt;
}

std::optional<Timestamp> from_scripts(std::string_view raw_html) {
  for (std::string_view key : kScriptKeys) {
    const std::size_t at = raw_html.find(key);
    if (at != raw_html.npos) {
      if (auto ts = find_written_day(raw_html.substr(at + key.size(), 40))) {
        return ts;
      }
    }
  }
  return std::nullopt;
}

std::optional<Timestamp> eight_digit_date(std::string_view path) {
  for (std::size_t i = 0; i + 8 <= path.size(); ++i) {
    const bool bounded =
        (i == 0 || !std::isdigit(static_cast<unsigned char>(path[i - 1]))) &&
        (i + 8 == path.size() || !std::isdigit(static_cast<unsigned char>(path[i + 8])));
    const std::string_view run = path.substr(i, 8);
    if (!bounded || !std::all_of(run.begin(), run.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c));
        })) {
      continue;
    }
    const int year = std::stoi(std::string(run.substr(0, 4)));
    const int month = std::stoi(std::string(run.substr(4, 2)));
    const int day = std::stoi(std::string(run.substr(6, 2)));
    if (year >= 1995 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      return make_timestamp(year, unsigned(month), unsigned(day));
    }
  }
  return std::nullopt;
}

// JSON-LD datePublished/dateCreated, published-date <meta> keys, itemprop elements, a
// WebPage's datePublished: the first that gives a day.
std::optional<Timestamp> published_metadata(const HtmlDocument& doc, const PageMeta& meta,
                                            const JsonLdArticle& ld) {
  if (auto ts = find_written_day(ld.date_published)) {
    return ts;
  }
  if (auto ts = from_meta(meta, std::data(kPublishedKeys), std::size(kPublishedKeys))) {
    return ts;
  }
  if (auto ts = from_properties(doc)) {
    return ts;
  }
  return find_written_day(ld.page_date);
}

// JSON-LD dateModified, else a modification <meta> key.
std::optional<Timestamp> modified_metadata(const PageMeta& meta, const JsonLdArticle& ld) {
  if (auto ts = find_written_day(ld.date_modified)) {
    return ts;
  }
  return from_meta(meta, std::data(kModifiedKeys), std::size(kModifiedKeys));
}

// The date shown next to the headline when it differs from the metadata date `published`
// and another signal of the page agrees with it: a date-class element, a <time>, the URL,
// a modification date or another published-date field. Pages show the day readers see
// (often the last update), and that is the day an article is known by.
std::optional<Timestamp> confirmed_near_headline(const HtmlDocument& doc, const PageMeta& meta,
                                                 const JsonLdArticle& ld, std::string_view url,
                                                 const Timestamp& published) {
  const auto shown = near_headline(doc);
  if (!shown || *shown == published) {
    return std::nullopt;
  }
  const std::optional<Timestamp> others[] = {
      from_visible_text(doc),
      from_time_elements(doc),
      date_in_url(url),
      modified_metadata(meta, ld),
      find_written_day(ld.date_published),
      from_meta(meta, std::data(kPublishedKeys), std::size(kPublishedKeys))};
  const bool confirmed = std::any_of(std::begin(others), std::end(others),
                                     [&](const auto& other) { return other == shown; });
  return confirmed ? shown : std::nullopt;
}

}  // namespace

std::optional<Timestamp> date_in_url(std::string_view url) {
  const std::size_t scheme = url.find("://");
  const std::size_t path_start = url.find('/', scheme == url.npos ? 0 : scheme + 3);
  if (path_start == url.npos) {
    return std::nullopt;
  }
  std::string path(url.substr(path_start));
  std::replace(path.begin(), path.end(), '_', '-');
  for (std::size_t i = 0; i + 4 <= path.size(); ++i) {
    const bool year_start =
        (path[i] == '1' && path[i + 1] == '9') || (path[i] == '2' && path[i + 1] == '0');
    if (year_start && (i == 0 || !std::isdigit(static_cast<unsigned char>(path[i - 1])))) {
      const std::string_view rest = std::string_view(path).substr(i, 10);
      const std::size_t digits_end = std::min(rest.find_first_not_of("0123456789-/."), rest.size());
      if (auto ts = parse_date(rest.substr(0, digits_end))) {
        return ts;  // digits and separators only: a day, no time
      }
    }
  }
  return eight_digit_date(path);
}

DateFinding find_article_date(const HtmlDocument& doc, const PageMeta& meta,
                              const JsonLdArticle& ld, std::string_view url,
                              std::string_view raw_html) {
  if (auto ts = published_metadata(doc, meta, ld)) {
    if (auto shown = confirmed_near_headline(doc, meta, ld, url, *ts)) {
      return {shown, date_source::kText};
    }
    return metadata(ts);
  }
  if (auto ts = date_in_url(url)) {
    return {ts, date_source::kUrl};
  }
  if (auto ts = from_time_elements(doc)) {
    return metadata(ts);
  }
  if (auto ts = from_visible_text(doc)) {
    return {ts, date_source::kText};
  }
  if (auto ts = near_headline(doc)) {
    return {ts, date_source::kText};
  }
  if (auto ts = modified_metadata(meta, ld)) {
    return metadata(ts);
  }
  if (auto ts = from_scripts(raw_html)) {
    return metadata(ts);
  }
  const auto anywhere = anywhere_short(doc);
  return anywhere ? DateFinding{anywhere, date_source::kText} : DateFinding{};
}

}  // namespace news::html
