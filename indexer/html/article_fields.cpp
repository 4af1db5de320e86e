#include "article_fields.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "byline_cleanup.hpp"
#include "byline_markup.hpp"
#include "headline_text.hpp"

namespace news::html {
namespace {

constexpr std::size_t kMaxHeadlineBytes = 300;
constexpr std::size_t kMaxHeadings = 5;
constexpr std::size_t kMinTitleKey = 8;  // letters and digits of an <h1> matched to metadata

constexpr std::string_view kAuthorKeys[] = {"author",          "article:author", "byl",
                                            "dc.creator",      "parsely-author", "sailthru.author",
                                            "dcterms.creator", "citation_author"};

std::size_t word_count(std::string_view s) {
  return s.empty() ? 0 : static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + 1;
}

bool same_text(std::string_view a, std::string_view b) {
  return to_lower(a) == to_lower(b);
}

std::string page_url(const PageMeta& meta) {
  return meta.canonical.empty() ? std::string(meta.first("og:url")) : meta.canonical;
}

// Lower-case letters and digits only (alnum_key): titles compare equal across punctuation.
std::string title_key(std::string_view text) {
  return alnum_key(text);
}

// Whether an <h1> names the site: it is og:site_name or the host's name, or a part of <title>
// shorter than the rest, at its end ("Headline | Site") or at its start when no other metadata
// title holds it ("Site » Headline").
bool names_site(const std::string& text, std::string_view site, std::string_view page_title,
                const std::vector<std::string>& refs, std::string_view url) {
  const std::string key = title_key(text);
  const std::string page_key = title_key(page_title);
  if (key == title_key(site) || names_host(text, url)) {
    return true;
  }
  // "Headline | Site" where another metadata title is "Headline": the rest is the site
  const std::string head_key = page_key.ends_with(key) && page_key.size() > key.size()
                                   ? page_key.substr(0, page_key.size() - key.size())
                                   : std::string();
  if (!head_key.empty() && std::any_of(refs.begin(), refs.end(), [&](const std::string& r) {
        return r != page_title && title_key(r) == head_key;
      })) {
    return true;
  }
  if (key.size() * 2 >= page_key.size()) {
    return false;
  }
  if (page_key.ends_with(key)) {
    return true;
  }
  const bool in_other = std::any_of(refs.begin(), refs.end(), [&](const std::string& r) {
    return r != page_title && title_key(r).find(key) != std::string::npos;
  });
  return page_key.starts_with(key) && !in_other && !title_ends_with_site(page_title, site, url);
}

// The headlines (headline_text) of the page's first visible <h1> elements; those that name
// the site go to `site_names`.
std::vector<std::string> h1_texts(const HtmlDocument& doc, std::string_view site,
                                  std::string_view page_title, const std::vector<std::string>& refs,
                                  std::vector<std::string>& site_names, std::string_view url) {
  std::vector<std::string> out;
  for (int i = 0; i < doc.size() && out.size() < kMaxHeadings; ++i) {
    if (doc.tag(i) != GUMBO_TAG_H1 || visually_hidden(doc, i)) {
      continue;
    }
    std::string text = headline_text(doc, i);
    if (title_key(text).empty() || text.size() > kMaxHeadlineBytes) {
      continue;
    }
    (names_site(text, site, page_title, refs, url) ? site_names : out).push_back(std::move(text));
  }
  return out;
}

// `title` without a trailing " | Site" (any title separator) when the part is the site's
// name.
std::string strip_site_suffix(const std::string& title, std::string_view site) {
  for (std::string_view sep : kTitleSeparators) {
    const std::size_t last = title.rfind(sep);
    if (!site.empty() && last != std::string::npos && last > 0 &&
        same_text(std::string_view(title).substr(last + sep.size()), site)) {
      return title.substr(0, last);
    }
  }
  return title;
}

// Words of four letters or more, in lower case.
std::vector<std::string> long_words(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const auto u = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (u >= 0x80 || std::isalnum(u) != 0) {
      word.push_back(static_cast<char>(std::tolower(u)));
    } else {
      if (word.size() >= 4) {
        out.push_back(word);
      }
      word.clear();
    }
  }
  return out;
}

// Whether at least half of the long words of the shorter text are in the other.
bool shares_words(std::string_view a, std::string_view b) {
  std::vector<std::string> wa = long_words(a);
  std::vector<std::string> wb = long_words(b);
  if (wa.size() > wb.size()) {
    std::swap(wa, wb);
  }
  const auto shared = std::count_if(wa.begin(), wa.end(), [&](const std::string& w) {
    return std::find(wb.begin(), wb.end(), w) != wb.end();
  });
  return !wa.empty() && static_cast<std::size_t>(shared) * 2 >= wa.size();
}

// The longest <h1> that a metadata title contains: the headline the reader sees ("Dam
// opens" in "Dam opens | Valley Times"), not a section heading the title also holds.
std::string heading_in_metadata(const std::vector<std::string>& headings,
                                const std::vector<std::string>& refs) {
  std::string best;
  for (const std::string& h : headings) {
    const std::string key = title_key(h);
    for (const std::string& ref : refs) {
      if (key.size() >= kMinTitleKey && key.size() > title_key(best).size() &&
          title_key(ref).find(key) != std::string::npos) {
        best = collapse_space(h);
      }
    }
  }
  return best;
}

// An <h1> that ends with a metadata title (site name stripped) of three words or more holds
// a kicker before it ("Energy Dam opens"): the metadata title is the headline.
std::string headline_after_kicker(const std::vector<std::string>& headings,
                                  const std::vector<std::string>& refs, std::string_view site,
                                  std::string_view url) {
  for (const std::string& h : headings) {
    const std::string key = title_key(h);
    for (const std::string& ref : refs) {
      const std::string stripped = strip_site_name(ref, site, url);
      const std::string ref_key = title_key(stripped);
      if (word_count(stripped) >= 3 && key.size() > ref_key.size() && key.ends_with(ref_key)) {
        return stripped;
      }
    }
  }
  return {};
}

// An <h1> that shares most of its words with a metadata title (an SEO variant of it).
std::string heading_like_metadata(const std::vector<std::string>& headings,
                                  const std::vector<std::string>& refs) {
  for (const std::string& h : headings) {
    for (const std::string& ref : refs) {
      if (shares_words(h, ref)) {
        return collapse_space(h);
      }
    }
  }
  return {};
}

// Where the page lives, for its host name: the canonical link, og:url, the site's feed link,
// else an og:site_name that is a domain ("example.org").
std::string site_address(const PageMeta& meta, std::string_view site) {
  std::string url = page_url(meta).empty() ? meta.alternate : page_url(meta);
  if (url.empty() && site.find('.') != std::string_view::npos) {
    url = "https://" + std::string(site) + "/";
  }
  return url;
}

// A metadata title without its site name. One that <title> continues ("Headline" and
// "Headline – more | Site") has no site part to guess at: only named ones go.
std::string metadata_title(const std::string& ref, const std::string& page_title,
                           std::string_view site, std::string_view url) {
  const bool continued = ref != page_title && title_key(page_title).starts_with(title_key(ref));
  return continued ? strip_named_site(ref, site, url) : strip_site_name(ref, site, url);
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

std::string pick_title(const HtmlDocument& doc, const PageMeta& meta, const JsonLdArticle& ld,
                       std::string_view site) {
  std::vector<std::string> refs;
  for (std::string_view raw : {std::string_view(ld.headline), meta.first("og:title"),
                               meta.first("twitter:title"), std::string_view(meta.title)}) {
    std::string title = decode_entities(collapse_space(raw));
    if (!title.empty() && !same_text(title, site)) {
      refs.push_back(std::move(title));
    }
  }
  const std::string page_title = decode_entities(collapse_space(meta.title));
  std::vector<std::string> site_names;
  const std::string url = site_address(meta, site);
  const std::vector<std::string> headings = h1_texts(doc, site, page_title, refs, site_names, url);
  const std::string page_site =
      site.empty() && !site_names.empty() ? site_names.front() : std::string(site);
  std::string title = strip_site_suffix(heading_in_metadata(headings, refs), page_site);
  if (title.empty()) {
    title = headline_after_kicker(headings, refs, page_site, url);
  }
  if (title.empty() && headings.size() == 1) {
    title = collapse_space(headings.front());
  }
  if (title.empty()) {
    title = heading_like_metadata(headings, refs);
  }
  if (title.empty() && !refs.empty()) {
    title = metadata_title(refs.front(), page_title, page_site, url);
  }
  if (title.empty() && !headings.empty()) {
    title = collapse_space(headings.front());
  }
  return title;
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
  // An organisation's byline, or none: an agency named in a source line may be the author.
  if (std::string credit = source_credit(doc); !credit.empty()) {
    return credit;
  }
  if (!byline.empty()) {
    return byline;
  }
  return candidates[0].empty() ? candidates[1] : candidates[0];
}

}  // namespace news::html
