#include "article_fields.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "byline_cleanup.hpp"

namespace news::html {
namespace {

constexpr std::string_view kTitleSeparators[] = {
    " | ", " - ", " — ", " – ", " :: ", " · ", " « ", " » ", ": "};
constexpr std::size_t kMaxSiteWords = 4;
constexpr std::size_t kMaxHeadlineBytes = 300;
constexpr std::size_t kMaxHeadings = 5;
constexpr std::size_t kMinTitleKey = 8;  // letters and digits of an <h1> matched to metadata

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

// A schema.org Person item right after a byline lead-in ("Von <span itemscope
// itemtype=…/Person>…</span>"); Person items elsewhere are people the article mentions.
bool introduced_person(const HtmlDocument& doc, int i) {
  if (i == 0 || !doc.node(i - 1).is_text || !is_byline_lead_in(doc.text(i - 1))) {
    return false;
  }
  return to_lower(doc.attribute(i, "itemtype")).ends_with("schema.org/person");
}

// itemprop=author elements and rel=author links, else schema.org Person items after a lead-in, else
// the first short element with a byline class.
std::string byline_from_elements(const HtmlDocument& doc, std::string_view site) {
  std::vector<std::string> marked, persons, classed;
  for (int i = 0; i < doc.size(); ++i) {
    if (doc.node(i).is_text || doc.tag(i) == GUMBO_TAG_META || doc.tag(i) == GUMBO_TAG_SCRIPT) {
      continue;
    }
    const bool itemprop = to_lower(doc.attribute(i, "itemprop")) == "author";
    const bool rel = doc.tag(i) == GUMBO_TAG_A && has_token(doc.attribute(i, "rel"), "author");
    if (itemprop || rel) {
      marked.push_back(byline_text(doc, i));
      i = doc.node(i).end - 1;
    } else if (introduced_person(doc, i)) {
      persons.push_back(byline_text(doc, i));
    } else if (classed.empty() && byline_class(doc, i)) {
      const std::string text = byline_text(doc, i);
      if (!text.empty() && text.size() <= kMaxBylineElementBytes) {
        classed.push_back(text);
      }
    }
  }
  std::string out = join_bylines(marked, site);
  out = out.empty() ? join_bylines(persons, site) : out;
  return out.empty() ? join_bylines(classed, site) : out;
}

std::string page_url(const PageMeta& meta) {
  return meta.canonical.empty() ? std::string(meta.first("og:url")) : meta.canonical;
}

void append_utf8(std::string& out, unsigned long cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// The code point of the character reference `ref` ("#8222", "#x201C", "amp"), or 0.
unsigned long entity_code_point(std::string_view ref) {
  constexpr std::pair<std::string_view, unsigned long> kNamed[] = {
      {"amp", '&'}, {"quot", '"'}, {"apos", '\''}, {"lt", '<'}, {"gt", '>'}, {"nbsp", ' '}};
  if (ref.starts_with("#")) {
    const bool hex = ref.size() > 1 && (ref[1] == 'x' || ref[1] == 'X');
    const std::string digits(ref.substr(hex ? 2 : 1));
    const unsigned long cp = std::strtoul(digits.c_str(), nullptr, hex ? 16 : 10);
    return cp > 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF) ? cp : 0;
  }
  for (const auto& [name, cp] : kNamed) {
    if (ref == name) {
      return cp;
    }
  }
  return 0;
}

// Character references left in a text that a page escaped twice ("&amp;#8222;" in a
// <meta> content reads "&#8222;" after parsing), decoded.
std::string decode_entities(std::string_view text) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t semi = text[pos] == '&' ? text.find(';', pos) : std::string_view::npos;
    const unsigned long cp = semi != std::string_view::npos && semi - pos <= 10
                                 ? entity_code_point(text.substr(pos + 1, semi - pos - 1))
                                 : 0;
    if (cp == 0) {
      out.push_back(text[pos++]);
      continue;
    }
    append_utf8(out, cp);
    pos = semi + 1;
  }
  return out;
}

// Lower-case letters and digits only: titles compare equal across punctuation, dashes and
// spacing ("Krach:Es" and "Krach: Es").
std::string title_key(std::string_view text) {
  std::string out;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u) != 0) {
      out.push_back(static_cast<char>(std::tolower(u)));
    }
  }
  return out;
}

// Whether an <h1> names the site: it is og:site_name, or a part of <title> shorter than the
// rest, at its end ("Headline | Site") or at its start when no other metadata title holds
// it ("Site » Headline").
bool names_site(const std::string& key, std::string_view site, std::string_view page_title,
                const std::vector<std::string>& refs) {
  const std::string page_key = title_key(page_title);
  if (key == title_key(site)) {
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
  return page_key.starts_with(key) && !in_other;
}

// The texts of the page's first <h1> elements that could be headlines; those that name the
// site go to `site_names`.
std::vector<std::string> h1_texts(const HtmlDocument& doc, std::string_view site,
                                  std::string_view page_title, const std::vector<std::string>& refs,
                                  std::vector<std::string>& site_names) {
  std::vector<std::string> out;
  for (int i = 0; i < doc.size() && out.size() < kMaxHeadings; ++i) {
    if (doc.tag(i) != GUMBO_TAG_H1) {
      continue;
    }
    std::string text = doc.text_content(i);
    const std::string key = title_key(text);
    if (key.empty() || text.size() > kMaxHeadlineBytes) {
      continue;
    }
    (names_site(key, site, page_title, refs) ? site_names : out).push_back(std::move(text));
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

// An <h1> that a metadata title contains: the headline the reader sees ("Dam opens" in
// "Dam opens | Valley Times").
std::string heading_in_metadata(const std::vector<std::string>& headings,
                                const std::vector<std::string>& refs) {
  for (const std::string& h : headings) {
    const std::string key = title_key(h);
    for (const std::string& ref : refs) {
      if (key.size() >= kMinTitleKey && title_key(ref).find(key) != std::string::npos) {
        return collapse_space(h);
      }
    }
  }
  return {};
}

// An <h1> that ends with a metadata title (site name stripped) of three words or more holds
// a kicker before it ("Energy Dam opens"): the metadata title is the headline.
std::string headline_after_kicker(const std::vector<std::string>& headings,
                                  const std::vector<std::string>& refs, std::string_view site) {
  for (const std::string& h : headings) {
    const std::string key = title_key(h);
    for (const std::string& ref : refs) {
      const std::string stripped = strip_site_name(ref, site);
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
  const std::vector<std::string> headings = h1_texts(doc, site, page_title, refs, site_names);
  const std::string page_site =
      site.empty() && !site_names.empty() ? site_names.front() : std::string(site);
  std::string title = strip_site_suffix(heading_in_metadata(headings, refs), page_site);
  if (title.empty()) {
    title = headline_after_kicker(headings, refs, page_site);
  }
  if (title.empty() && headings.size() == 1) {
    title = collapse_space(headings.front());
  }
  if (title.empty()) {
    title = heading_like_metadata(headings, refs);
  }
  if (title.empty() && !refs.empty()) {
    title = strip_site_name(refs.front(), page_site);
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
  if (!byline.empty()) {
    return byline;
  }
  return candidates[0].empty() ? candidates[1] : candidates[0];
}

}  // namespace news::html
