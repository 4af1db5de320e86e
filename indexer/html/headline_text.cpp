#include "headline_text.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "meta_fields.hpp"

namespace news::html {
namespace {

// Class/id words (split at '-', '_', ' ') of the parts of an <h1> that are not the headline.
constexpr std::string_view kSecondaryWords[] = {
    "kicker",  "eyebrow",  "overline",    "topline",    "roofline", "dachzeile",
    "topic",   "label",    "category",    "tagline",    "sub",      "subtitle",
    "subhead", "subheads", "subheadline", "subheading", "strapline"};

// Class words of elements kept only for screen readers.
constexpr std::string_view kHiddenClasses[] = {"sr-only", "visually-hidden", "visuallyhidden",
                                               "screen-reader-text", "screenreader-only"};

constexpr std::size_t kMaxSiteWords = 4;
constexpr std::size_t kMaxSectionWords = 2;
constexpr std::size_t kMinHostPrefix = 3;
constexpr std::size_t kMinHostLabel = 4;  // a title's last part starting with the host's label
constexpr std::size_t kMaxHostNameWords = 3;

std::vector<std::string> class_words(const HtmlDocument& doc, int i) {
  const std::string tokens =
      to_lower(doc.attribute(i, "class")) + " " + to_lower(doc.attribute(i, "id"));
  std::vector<std::string> out;
  std::string word;
  for (char c : tokens + " ") {
    if (c == '-' || c == '_' || c == ' ') {
      if (!word.empty()) {
        out.push_back(std::move(word));
      }
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  return out;
}

bool secondary_part(const HtmlDocument& doc, int i) {
  if (doc.tag(i) == GUMBO_TAG_SMALL || to_lower(doc.attribute(i, "aria-hidden")) == "true") {
    return true;
  }
  const std::vector<std::string> words = class_words(doc, i);
  return std::any_of(words.begin(), words.end(), [](const std::string& w) {
    return std::find(std::begin(kSecondaryWords), std::end(kSecondaryWords), w) !=
           std::end(kSecondaryWords);
  });
}

// The text of element i without the subtrees of its secondary parts.
std::string main_part_text(const HtmlDocument& doc, int i) {
  std::string out;
  for (int k = i + 1; k < doc.node(i).end; ++k) {
    if (doc.node(k).is_text) {
      append_collapsed(out, doc.text(k));
    } else if (secondary_part(doc, k)) {
      k = doc.node(k).end - 1;
      out += out.empty() || out.back() == ' ' ? "" : " ";
    } else if (doc.tag(k) == GUMBO_TAG_BR && !out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  return collapse_space(out);
}

}  // namespace

std::string alnum_key(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto u = static_cast<unsigned char>(text[i]);
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (u == 0xE2 && (next == 0x80 || next == 0x81)) {  // U+2000-U+207F: dashes, quotes, …
      i += 2;
    } else if (u == 0xC2 && next >= 0xA0 && next <= 0xBF) {  // no-break space, «, », ·, …
      i += 1;
    } else if (u >= 0x80 || std::isalnum(u) != 0) {
      out.push_back(static_cast<char>(std::tolower(u)));
    }
  }
  return out;
}

namespace {

std::string host_of(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme == url.npos) {
    return {};
  }
  url.remove_prefix(scheme + 3);
  std::string host = to_lower(url.substr(0, url.find_first_of("/:?#")));
  if (host.starts_with("www") && host.find('.') != host.npos &&
      host.find('.') <= 4) {  // www., www2., www3.
    host.erase(0, host.find('.') + 1);
  }
  return host;
}

std::size_t word_count(std::string_view s) {
  return s.empty() ? 0 : static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + 1;
}

bool is_site(std::string_view part, std::string_view site, std::string_view url) {
  return (!site.empty() && to_lower(part) == to_lower(site)) || names_host(part, url);
}

// "Section - Headline" after a leading "Site - ": the headline, when the section is at most
// two words and the headline longer (not after ": ", which sets off a headline's topic).
std::string strip_section(std::string_view rest, std::string_view sep) {
  const std::size_t at = rest.find(sep);
  if (at == std::string_view::npos || sep == ": ") {
    return std::string(rest);
  }
  const std::string_view section = rest.substr(0, at);
  const std::string_view headline = rest.substr(at + sep.size());
  const bool short_section =
      word_count(section) <= kMaxSectionWords && word_count(headline) > word_count(section);
  return short_section ? std::string(headline) : std::string(rest);
}

}  // namespace

std::string headline_text(const HtmlDocument& doc, int h1) {
  for (int k = h1 + 1; k < doc.node(h1).end; ++k) {
    if (!doc.node(k).is_text && to_lower(doc.attribute(k, "itemprop")) == "headline") {
      const std::string inner = main_part_text(doc, k);
      return inner.find(' ') != std::string::npos ? inner : doc.text_content(k);
    }
  }
  std::string main = main_part_text(doc, h1);
  return main.find(' ') != std::string::npos ? main : doc.text_content(h1);
}

bool visually_hidden(const HtmlDocument& doc, int i) {
  const std::string cls = to_lower(doc.attribute(i, "class"));
  return std::any_of(std::begin(kHiddenClasses), std::end(kHiddenClasses),
                     [&](std::string_view c) { return has_token(cls, c); });
}

std::string host_label(std::string_view url) {
  const std::string host = host_of(url);
  std::vector<std::string_view> labels;
  for (std::size_t pos = 0; pos < host.size();) {
    const std::size_t dot = std::min(host.find('.', pos), host.size());
    labels.push_back(std::string_view(host).substr(pos, dot - pos));
    pos = dot + 1;
  }
  const std::size_t n = labels.size();
  if (n >= 3 && labels[n - 2].size() <= 3) {
    return std::string(labels[n - 3]);
  }
  return n >= 2 ? std::string(labels[n - 2]) : (n == 1 ? std::string(labels[0]) : std::string());
}

bool starts_with_host(std::string_view text, std::string_view url) {
  const std::string label = alnum_key(host_label(url));
  return label.size() >= kMinHostLabel && alnum_key(text).starts_with(label);
}

bool title_ends_with_site(std::string_view title, std::string_view site, std::string_view url) {
  const std::string t = collapse_space(title);
  return std::any_of(
      std::begin(kTitleSeparators), std::end(kTitleSeparators), [&](std::string_view sep) {
        const std::size_t last = t.rfind(sep);
        const std::string_view tail = last == std::string::npos
                                          ? std::string_view()
                                          : std::string_view(t).substr(last + sep.size());
        return !tail.empty() && (is_site(tail, site, url) || starts_with_host(tail, url));
      });
}

bool names_host(std::string_view raw, std::string_view url) {
  const std::string text = collapse_space(raw);
  const std::string key = alnum_key(text);
  const std::string label = alnum_key(host_label(url));
  if (key.empty() || label.empty()) {
    return false;
  }
  if (key == label || key == alnum_key(host_of(url))) {
    return true;
  }
  const std::size_t words = static_cast<std::size_t>(std::count(text.begin(), text.end(), ' '));
  return label.size() >= kMinHostPrefix && words < kMaxHostNameWords && key.starts_with(label);
}

std::string strip_named_site(std::string_view title, std::string_view site, std::string_view url) {
  const std::string t = collapse_space(title);
  for (std::string_view sep : kTitleSeparators) {
    const std::size_t last = t.rfind(sep);
    if (last != std::string::npos && last > 0 &&
        is_site(std::string_view(t).substr(last + sep.size()), site, url)) {
      return strip_named_site(std::string_view(t).substr(0, last), site, url);
    }
    const std::size_t first = t.find(sep);
    if (first != std::string::npos && first > 0 &&
        is_site(std::string_view(t).substr(0, first), site, url)) {
      return strip_section(std::string_view(t).substr(first + sep.size()), sep);
    }
  }
  return t;
}

std::string strip_site_name(std::string_view title, std::string_view site, std::string_view url) {
  const std::string t = strip_named_site(title, site, url);
  for (std::string_view sep : kTitleSeparators) {
    const std::size_t last = t.rfind(sep);
    if (last != std::string::npos && last > 0 && sep != ": ") {
      const std::string_view head = std::string_view(t).substr(0, last);
      const std::string_view tail = std::string_view(t).substr(last + sep.size());
      if (word_count(tail) <= kMaxSiteWords && word_count(head) > word_count(tail)) {
        return strip_site_name(head, site, url);
      }
    }
  }
  return t;
}

}  // namespace news::html
