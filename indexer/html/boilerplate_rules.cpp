#include "boilerplate_rules.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>

#include "meta_fields.hpp"

namespace news::html {
namespace {

// Words that mark chrome when they occur anywhere in a class or id token.
constexpr std::string_view kChromeParts[] = {
    "share",        "sharing",   "social",   "comment",         "related",  "recommend",
    "newsletter",   "subscri",   "cookie",   "consent",         "gdpr",     "breadcrumb",
    "sidebar",      "widget",    "advert",   "sponsor",         "outbrain", "copyright",
    "taboola",      "popup",     "modal",    "masthead",        "navbar",   "navigation",
    "menu",         "footer",    "byline",   "pagination",      "pager",    "toolbar",
    "signup",       "sign-up",   "login",    "disqus",          "readmore", "read-more",
    "more-stories", "trending",  "popular",  "visually-hidden", "sr-only",  "screen-reader",
    "dateline",     "timestamp", "author",   "autor",           "auteur",   "skip-link",
    "banner",       "overlay",   "outdated", "browser-update"};

// Words that mark chrome only as a whole word of a token ("ad" but not "header").
constexpr std::string_view kChromeWords[] = {
    "ad",      "ads",    "adv",    "nav",    "tags",     "tag",        "meta",    "print",
    "tools",   "follow", "rss",    "topics", "keywords", "categories", "caption", "credit",
    "credits", "promo",  "promos", "header", "donate",   "toc"};

// Prefixes of class tokens that CMSs derive from an article's own taxonomy
// ("tag-social-media", "category-comment"): their words say nothing about the element.
constexpr std::string_view kTaxonomyPrefixes[] = {"tag-", "category-", "format-", "postid-",
                                                  "tax-", "term-",     "topic-",  "status-"};

// Words that mark the article itself.
constexpr std::string_view kContentParts[] = {"article", "content", "story", "entry", "post",
                                              "text",    "body",    "main",  "blog",  "hentry"};

// Splits a class/id token into words at '-', '_' and ':'.
std::vector<std::string_view> words_of(std::string_view token) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= token.size(); ++i) {
    if (i == token.size() || token[i] == '-' || token[i] == '_' || token[i] == ':') {
      if (i > start) {
        words.push_back(token.substr(start, i - start));
      }
      start = i + 1;
    }
  }
  return words;
}

bool compute_token_is_chrome(std::string_view token) {
  for (std::string_view prefix : kTaxonomyPrefixes) {
    if (token.starts_with(prefix)) {
      return false;
    }
  }
  for (std::string_view part : kChromeParts) {
    if (token.find(part) != token.npos) {
      return true;
    }
  }
  // A numbered table-of-contents target ("toc_title_1") is a section of the text.
  const bool numbered = !token.empty() && std::isdigit(static_cast<unsigned char>(token.back()));
  for (std::string_view word : words_of(token)) {
    if (std::find(std::begin(kChromeWords), std::end(kChromeWords), word) !=
            std::end(kChromeWords) &&
        !(numbered && word == "toc")) {
      return true;
    }
  }
  return false;
}

// Class/id words of an article's lead paragraph (standfirst, teaser, summary).
constexpr std::string_view kLeadWords[] = {"intro",    "introduction", "lead",       "lede",
                                           "teaser",   "summary",      "standfirst", "abstract",
                                           "excerpt",  "dek",          "deck",       "subheadline",
                                           "subtitle", "vorspann",     "chapo",      "sapo"};

// Parts of class/id tokens of lead images rather than lead paragraphs ("lead-asset").
constexpr std::string_view kLeadMediaParts[] = {"asset", "image",  "img",     "media",  "photo",
                                                "video", "figure", "picture", "gallery"};

struct TokenHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// compute_token_is_chrome, remembered per thread: class tokens repeat on every element of a
// page and across the pages of a site, and the rules try some sixty words on each.
bool token_is_chrome(std::string_view token) {
  constexpr std::size_t kMaxCached = 1 << 16;
  thread_local std::unordered_map<std::string, bool, TokenHash, std::equal_to<>> cache;
  const auto it = cache.find(token);
  if (it != cache.end()) {
    return it->second;
  }
  if (cache.size() >= kMaxCached) {
    cache.clear();
  }
  const bool chrome = compute_token_is_chrome(token);
  cache.emplace(token, chrome);
  return chrome;
}

bool token_is_content(std::string_view token) {
  return std::any_of(std::begin(kContentParts), std::end(kContentParts),
                     [&](std::string_view part) { return token.find(part) != token.npos; });
}

// Whether `pred` holds for one of the lower-cased class tokens or the id of element i;
// no allocation once the thread's buffer has grown.
bool lowered_matches(std::string_view token, bool (*pred)(std::string_view)) {
  thread_local std::string lowered;
  lowered.assign(token);
  for (char& c : lowered) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return pred(lowered);
}

// Whether `pred` holds for one of the lower-cased class tokens or the id of element i, as
// class_tokens gives them, without allocating.
bool any_class_token(const HtmlDocument& doc, int i, bool (*pred)(std::string_view)) {
  const std::string_view classes = doc.attribute(i, "class");
  std::size_t pos = 0;
  while (pos < classes.size()) {
    const std::size_t end = std::min(classes.find_first_of(" \t\n", pos), classes.size());
    if (end > pos && lowered_matches(classes.substr(pos, end - pos), pred)) {
      return true;
    }
    pos = end + 1;
  }
  const std::string_view id = doc.attribute(i, "id");
  return !id.empty() && lowered_matches(id, pred);
}

// The lower-cased class tokens and id of element i.
std::vector<std::string> class_tokens(const HtmlDocument& doc, int i) {
  std::vector<std::string> tokens;
  const std::string classes = to_lower(doc.attribute(i, "class"));
  std::size_t pos = 0;
  while (pos < classes.size()) {
    const std::size_t end = std::min(classes.find_first_of(" \t\n", pos), classes.size());
    if (end > pos) {
      tokens.push_back(classes.substr(pos, end - pos));
    }
    pos = end + 1;
  }
  const std::string id = to_lower(doc.attribute(i, "id"));
  if (!id.empty()) {
    tokens.push_back(id);
  }
  return tokens;
}

bool is_hidden(const HtmlDocument& doc, int i) {
  if (!doc.attribute(i, "hidden").empty() || doc.attribute(i, "aria-hidden") == "true") {
    return true;
  }
  std::string style = to_lower(doc.attribute(i, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != style.npos || style.find("visibility:hidden") != style.npos;
}

bool is_chrome_role(std::string_view role) {
  return role == "navigation" || role == "banner" || role == "contentinfo" ||
         role == "complementary" || role == "dialog" || role == "alertdialog" || role == "search" ||
         role == "menu" || role == "menubar";
}

}  // namespace

bool is_invisible_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_MATH:
      return true;
    default:
      return false;
  }
}

bool is_non_content_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_MAP:
      return true;
    default:
      return false;
  }
}

bool is_block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
      return true;
    default:
      return false;
  }
}

Boilerplate boilerplate_kind(const HtmlDocument& doc, int i) {
  const GumboTag tag = doc.tag(i);
  if (doc.node(i).is_text || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML) {
    return Boilerplate::kNone;
  }
  if (is_invisible_tag(tag) || is_hidden(doc, i)) {
    return Boilerplate::kInvisible;
  }
  if (is_non_content_tag(tag) || tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_FOOTER ||
      tag == GUMBO_TAG_FORM || is_chrome_role(to_lower(doc.attribute(i, "role")))) {
    return Boilerplate::kChrome;
  }
  if (tag == GUMBO_TAG_MAIN) {
    return Boilerplate::kNone;
  }
  return any_class_token(doc, i, token_is_chrome) ? Boilerplate::kChrome : Boilerplate::kNone;
}

int class_weight(const HtmlDocument& doc, int i) {
  int weight = 0;
  for (const std::string& token : class_tokens(doc, i)) {
    if (token_is_chrome(token)) {
      weight -= 25;
    } else if (token_is_content(token)) {
      weight += 25;
    }
  }
  return std::clamp(weight, -50, 50);
}

bool is_lead_element(const HtmlDocument& doc, int i) {
  const std::vector<std::string> tokens = class_tokens(doc, i);
  const auto media = [](const std::string& token) {
    return std::any_of(std::begin(kLeadMediaParts), std::end(kLeadMediaParts),
                       [&](std::string_view part) { return token.find(part) != token.npos; });
  };
  if (std::any_of(tokens.begin(), tokens.end(), token_is_chrome) ||
      std::any_of(tokens.begin(), tokens.end(), media)) {
    return false;
  }
  for (const std::string& token : tokens) {
    for (std::string_view word : words_of(token)) {
      if (std::find(std::begin(kLeadWords), std::end(kLeadWords), word) != std::end(kLeadWords)) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace news::html
