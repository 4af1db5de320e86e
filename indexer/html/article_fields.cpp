#include "article_fields.hpp"

#include <algorithm>

#include "byline_cleanup.hpp"

namespace news::html {
namespace {

constexpr std::string_view kTitleSeparators[] = {
    " | ", " - ", " — ", " – ", " :: ", " · ", " « ", " » ", ": "};
constexpr std::size_t kMaxSiteWords = 4;
constexpr std::size_t kMaxHeadlineBytes = 300;

constexpr std::string_view kAuthorKeys[] = {"author",          "article:author", "byl",
                                            "dc.creator",      "parsely-author", "sailthru.author",
                                            "dcterms.creator", "citation_author"};

constexpr std::size_t kMaxBylineElementBytes = 120;

// Class/id words of elements holding the byline (English, German/Spanish, French).
constexpr std::string_view kBylineClassWords[] = {"byline", "author", "autor", "auteur"};

std::size_t word_count(std::string_view s) {
  return s.empty() ? 0 : static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + 1;
}

bool same_text(std::string_view a, std::string_view b) {
  return to_lower(a) == to_lower(b);
}

// Element text of a byline: the itemprop=name inside it when there is one.
std::string byline_text(const HtmlDocument& doc, int i) {
  for (int k = i + 1; k < doc.node(i).end; ++k) {
    if (to_lower(doc.attribute(k, "itemprop")) == "name") {
      const std::string_view content = doc.attribute(k, "content");
      return content.empty() ? doc.text_content(k) : std::string(content);
    }
  }
  const std::string_view content = doc.attribute(i, "content");
  return content.empty() ? doc.text_content(i) : std::string(content);
}

bool byline_class(const HtmlDocument& doc, int i) {
  const std::string tokens =
      to_lower(doc.attribute(i, "class")) + " " + to_lower(doc.attribute(i, "id"));
  return std::any_of(std::begin(kBylineClassWords), std::end(kBylineClassWords),
                     [&](std::string_view w) { return tokens.find(w) != tokens.npos; });
}

std::string byline_from_elements(const HtmlDocument& doc, std::string_view site) {
  std::vector<std::string> marked, classed;
  for (int i = 0; i < doc.size(); ++i) {
    if (doc.node(i).is_text || doc.tag(i) == GUMBO_TAG_META || doc.tag(i) == GUMBO_TAG_SCRIPT) {
      continue;
    }
    const bool itemprop = to_lower(doc.attribute(i, "itemprop")) == "author";
    const bool rel = doc.tag(i) == GUMBO_TAG_A && has_token(doc.attribute(i, "rel"), "author");
    if (itemprop || rel) {
      marked.push_back(byline_text(doc, i));
      i = doc.node(i).end - 1;
    } else if (classed.empty() && byline_class(doc, i)) {
      const std::string text = byline_text(doc, i);
      if (!text.empty() && text.size() <= kMaxBylineElementBytes) {
        classed.push_back(text);
      }
    }
  }
  std::string out = join_bylines(marked, site);
  return out.empty() ? join_bylines(classed, site) : out;
}

std::string page_url(const PageMeta& meta) {
  return meta.canonical.empty() ? std::string(meta.first("og:url")) : meta.canonical;
}

}  // namespace

std::string site_name(const PageMeta& meta, const JsonLdArticle& ld) {
  std::string_view site = meta.first("og:site_name");
  if (site.empty()) {
    site = ld.publisher;
  }
  if (site.empty()) {
    site = meta.first("application-name");
  }
  return std::string(site);
}

std::string strip_site_name(std::string_view title, std::string_view site) {
  std::string t = collapse_space(title);
  for (std::string_view sep : kTitleSeparators) {
    const std::size_t last = t.rfind(sep);
    if (last != std::string::npos && last > 0) {
      const std::string_view head = std::string_view(t).substr(0, last);
      const std::string_view tail = std::string_view(t).substr(last + sep.size());
      if ((!site.empty() && same_text(tail, site)) ||
          (word_count(tail) <= kMaxSiteWords && word_count(head) > word_count(tail) &&
           sep != ": ")) {
        return strip_site_name(head, site);
      }
    }
    const std::size_t first = t.find(sep);
    if (first != std::string::npos && first > 0 && !site.empty() &&
        same_text(std::string_view(t).substr(0, first), site)) {
      return std::string(std::string_view(t).substr(first + sep.size()));
    }
  }
  return t;
}

std::string pick_title(const HtmlDocument& doc, const PageMeta& meta, const JsonLdArticle& ld,
                       std::string_view site) {
  const int h1 = doc.find_first(GUMBO_TAG_H1);
  const std::string h1_text = h1 >= 0 ? doc.text_content(h1) : std::string();
  const bool h1_is_headline =
      h1_text.size() <= kMaxHeadlineBytes && std::count(h1_text.begin(), h1_text.end(), ' ') >= 2;
  const std::string candidates[] = {
      h1_is_headline ? h1_text : std::string(), ld.headline,
      std::string(meta.first("og:title")),      h1_text,
      std::string(meta.first("twitter:title")), meta.title,
  };
  for (const std::string& c : candidates) {
    std::string title = strip_site_name(c, site);
    if (!title.empty()) {
      return title;
    }
  }
  return {};
}

std::string pick_byline(const HtmlDocument& doc, const PageMeta& meta, const JsonLdArticle& ld,
                        std::string_view site) {
  std::string byline = join_bylines(ld.authors, site);
  for (std::string_view key : kAuthorKeys) {
    if (!byline.empty()) {
      break;
    }
    std::vector<std::string> values;
    for (std::string_view v : meta.all(key)) {
      values.emplace_back(v);
    }
    byline = join_bylines(values, site);
  }
  const std::string url = page_url(meta);
  if (!byline.empty() && !organisation_like(byline, site, url)) {
    return byline;
  }
  // No byline, or an organisation's: a person named in the markup or the text goes first.
  const std::string candidates[] = {byline_from_elements(doc, site), byline_from_text(doc, site)};
  for (const std::string& c : candidates) {
    if (!c.empty() && !organisation_like(c, site, url)) {
      return c;
    }
  }
  if (!byline.empty()) {
    return byline;
  }
  return candidates[0].empty() ? candidates[1] : candidates[0];
}

}  // namespace news::html
