#include "byline_cleanup.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "date_parser.hpp"
#include "html_document.hpp"
#include "meta_fields.hpp"

namespace news::html {
namespace {

// Lead-in words of bylines, in lower case with their trailing space.
constexpr std::string_view kLeadIns[] = {
    "by ", "written by ", "posted by ", "author: ", "authors: ", "von ", "par ", "por ", "di ",
    "door ", "av ", "af ",
    // "Текст: ", "текст: " (text), "Автор: ", "автор: " (author): to_lower is ASCII only
    "\xD0\xA2\xD0\xB5\xD0\xBA\xD1\x81\xD1\x82: ", "\xD1\x82\xD0\xB5\xD0\xBA\xD1\x81\xD1\x82: ",
    "\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80: ", "\xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80: "};

// Separators after which a byline continues with a date, a role or the site.
constexpr std::string_view kCuts[] = {" | ", " - ", " – ",  " — ",       " · ",
                                      "\n",  " • ", " on ", " updated ", " published "};

bool is_digit(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

std::string strip_lead_in(std::string text) {
  bool again = true;
  while (again) {
    again = false;
    const std::string lower = to_lower(text);
    for (std::string_view lead : kLeadIns) {
      if (lower.starts_with(lead)) {
        text.erase(0, lead.size());
        again = true;
        break;
      }
    }
  }
  return text;
}

void cut_at_separators(std::string& text) {
  const std::string lower = to_lower(text);
  std::size_t cut = text.size();
  for (std::string_view sep : kCuts) {
    const std::size_t at = lower.find(sep);
    if (at != std::string::npos && at > 0) {
      cut = std::min(cut, at);
    }
  }
  text.resize(cut);
}

void trim(std::string& text) {
  const std::string_view junk = " ,;:|-–—·•";
  while (!text.empty() && junk.find(text.back()) != junk.npos) {
    text.pop_back();
  }
  std::size_t start = 0;
  while (start < text.size() && junk.find(text[start]) != junk.npos) {
    ++start;
  }
  text.erase(0, start);
}

void strip_site(std::string& text, std::string_view site) {
  if (site.empty()) {
    return;
  }
  const std::string lower = to_lower(text);
  const std::string lower_site = to_lower(site);
  const std::size_t at = lower.rfind(lower_site);
  if (at != std::string::npos && at > 0 && at + lower_site.size() == lower.size()) {
    text.resize(at);
    trim(text);
  }
}

// What CMSs and forms put where a name belongs ("admin", "No Author", "Follow", a form
// label "Name (required)", a comment's "Jane says").
bool placeholder(const std::string& text) {
  const std::string lower = to_lower(text);
  constexpr std::string_view kPlaceholders[] = {
      "posted", "follow", "no author", "email", "e-mail", "anonymous", "author", "autor", "by"};
  const bool one_word = lower.find(' ') == std::string::npos;
  return (one_word && lower.find("admin") != std::string::npos) || lower.starts_with("name ") ||
         lower.ends_with(" says") || lower.ends_with(" sagt") ||
         std::find(std::begin(kPlaceholders), std::end(kPlaceholders), lower) !=
             std::end(kPlaceholders);
}

bool name_like(const std::string& text) {
  if (text.empty() || placeholder(text) || text.find("://") != text.npos ||
      text.find('@') != text.npos || text.starts_with("www.")) {
    return false;
  }
  const auto words = std::count(text.begin(), text.end(), ' ') + 1;
  const auto digits = std::count_if(text.begin(), text.end(), is_digit);
  return static_cast<std::size_t>(words) <= kMaxBylineWords &&
         digits * 4 < static_cast<long>(text.size());
}

// Lead-ins (lower case, without a trailing colon) that introduce a byline.
constexpr std::string_view kTextLeadIns[] = {
    "by",      "von",        "text von",  "text", "autor", "autorin", "author", "authors",
    "autoren", "written by", "posted by", "par",  "por",   "door",    "texto",  "redakteur"};

// Lead-ins that may end a longer text, the name following it ("… 13:28 by", "06.11. von").
constexpr std::string_view kTrailingLeadIns[] = {" by", " von"};

// Lower-case words allowed inside a person's name.
constexpr std::string_view kParticles[] = {"von", "van", "de", "der", "den", "da",
                                           "di",  "del", "du", "la",  "le",  "al",
                                           "bin", "ten", "zu", "dos", "das"};

constexpr std::size_t kMaxLeadInText = 100;  // bytes of a text starting with a lead-in
constexpr std::size_t kMaxNameText = 60;     // bytes of a text holding only the name
constexpr std::size_t kMaxPersonWords = 4;

bool is_nbsp_at(std::string_view s, std::size_t i) {
  return s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
}

// `raw` up to the first run of two white-space characters (no-break spaces included):
// "Text von Jane Doe &nbsp; Illustration von …" keeps "Text von Jane Doe".
std::string_view before_wide_gap(std::string_view raw) {
  bool last_space = false;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const bool nbsp = is_nbsp_at(raw, i);
    const bool space = nbsp || raw[i] == ' ' || raw[i] == '\n' || raw[i] == '\t';
    if (space && last_space && i > 1) {
      return raw.substr(0, i - 1);
    }
    last_space = space;
    i += nbsp ? 1 : 0;
  }
  return raw;
}

bool capitalised(std::string_view word) {
  const auto c = static_cast<unsigned char>(word.front());
  return std::isupper(c) != 0 || c >= 0xC3;  // a non-ASCII letter: accept
}

// One to four capitalised words (particles allowed), or one user-name-like word: one with
// a capital or a digit, or any word when it stands alone in its element.
bool person_like(const std::string& name, bool own_element) {
  std::vector<std::string_view> words;
  for (std::size_t pos = 0; pos < name.size();) {
    const std::size_t space = std::min(name.find(' ', pos), name.size());
    words.push_back(std::string_view(name).substr(pos, space - pos));
    pos = space + 1;
  }
  if (words.empty() || words.size() > kMaxPersonWords) {
    return false;
  }
  if (words.size() == 1) {
    const std::string_view w = words[0];
    const bool marked = std::any_of(w.begin(), w.end(), [](char c) {
      return std::isupper(static_cast<unsigned char>(c)) != 0 ||
             std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
    return w.size() >= 3 && std::isalnum(static_cast<unsigned char>(w[0])) != 0 &&
           (marked || own_element);
  }
  return std::all_of(words.begin(), words.end(), [](std::string_view w) {
    return capitalised(w) ||
           std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles);
  });
}

// The lead-in that `lower` (a trimmed, lower-case text) is, or "" when it is none.
bool is_lead_in(std::string_view lower) {
  while (!lower.empty() && (lower.back() == ':' || lower.back() == ' ')) {
    lower.remove_suffix(1);
  }
  while (!lower.empty() && (lower.front() == '|' || lower.front() == ' ')) {
    lower.remove_prefix(1);
  }
  return std::find(std::begin(kTextLeadIns), std::end(kTextLeadIns), lower) !=
         std::end(kTextLeadIns);
}

// The text after a lead-in that starts `lower`, or npos.
std::size_t after_leading_lead_in(std::string_view lower) {
  for (std::string_view lead : kTextLeadIns) {
    if (lower.starts_with(lead) && lower.size() > lead.size() + 1) {
      const char next = lower[lead.size()];
      if (next == ' ' || next == ':') {
        return lead.size() + 1;
      }
    }
  }
  return std::string_view::npos;
}

// Words before a trailing "by" that make it a credit, not a byline ("Powered by").
constexpr std::string_view kCreditWords[] = {
    "powered", "photo",  "photos",     "image",    "images",       "foto",
    "fotos",   "bild",   "bilder",     "designed", "hosted",       "theme",
    "made",    "built",  "developed",  "video",    "illustration", "grafik",
    "quelle",  "source", "background", "cover",    "\xC2\xA9",     "copyright"};

bool ends_with_lead_in(std::string_view lower) {
  if (is_lead_in(lower)) {
    return true;
  }
  const bool trailing = std::any_of(std::begin(kTrailingLeadIns), std::end(kTrailingLeadIns),
                                    [&](std::string_view lead) { return lower.ends_with(lead); });
  return trailing && std::none_of(std::begin(kCreditWords), std::end(kCreditWords),
                                  [&](std::string_view w) { return lower.find(w) != lower.npos; });
}

class TextBylineFinder {
 public:
  TextBylineFinder(const HtmlDocument& doc, std::string_view site) : m_doc(doc), m_site(site) {}

  std::string find() {
    const int h1 = m_doc.find_first(GUMBO_TAG_H1);
    std::string before_h1;
    for (int i = 0; i < m_doc.size(); ++i) {
      if (!m_doc.node(i).is_text) {
        continue;
      }
      std::string name = name_at(i);
      if (!name.empty() && (h1 < 0 || i > h1)) {
        return name;
      }
      if (before_h1.empty()) {
        before_h1 = std::move(name);
      }
    }
    return before_h1;
  }

 private:
  // The byline that text node i introduces, or "".
  std::string name_at(int i) {
    const std::string_view raw = m_doc.text(i);
    if (raw.size() > 4 * kMaxLeadInText) {
      return {};
    }
    const std::string text = collapse_space(before_wide_gap(raw));
    if (text.empty() || text.size() > kMaxLeadInText || inside_link(i)) {
      return {};
    }
    const std::string lower = to_lower(text);
    if (ends_with_lead_in(lower)) {
      return accepted(next_text(i), true);
    }
    const std::size_t start = after_leading_lead_in(lower);
    if (start != std::string::npos) {
      return accepted(text.substr(start), false);
    }
    return text.size() <= kMaxNameText ? trailing_name(text, lower) : std::string();
  }

  // "… von Jane Doe" / "… by Jane Doe" ending a short text that is not a link: at most two
  // words before the lead-in ("Text von"), or a date ("06.11.2023 13:30 von Jane"); a
  // one-word name only after a date.
  std::string trailing_name(const std::string& text, const std::string& lower) {
    for (std::string_view lead : kTrailingLeadIns) {
      const std::size_t at = lower.rfind(std::string(lead) + " ");
      if (at == std::string::npos || at == 0) {
        continue;
      }
      const std::string before = lower.substr(0, at);
      const bool dated = std::any_of(before.begin(), before.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
      });
      const bool short_lead = std::count(before.begin(), before.end(), ' ') <= 1;
      const bool credit =
          std::any_of(std::begin(kCreditWords), std::end(kCreditWords),
                      [&](std::string_view w) { return before.find(w) != before.npos; });
      if (credit || !(dated || short_lead)) {
        return {};
      }
      std::string name = accepted(text.substr(at + lead.size() + 1), false);
      return dated || name.find(' ') != std::string::npos ? name : std::string();
    }
    return {};
  }

  bool inside_link(int i) const {
    for (int p = m_doc.node(i).parent, depth = 0; p >= 0 && depth < 4;
         p = m_doc.node(p).parent, ++depth) {
      if (m_doc.tag(p) == GUMBO_TAG_A) {
        return true;
      }
    }
    return false;
  }

  std::string next_text(int i) const {
    for (int k = i + 1; k < m_doc.size() && k < i + 8; ++k) {
      if (m_doc.node(k).is_text) {
        const std::string text = collapse_space(m_doc.text(k));
        if (!text.empty()) {
          return text.size() <= kMaxNameText ? text : std::string();
        }
      }
    }
    return {};
  }

  std::string accepted(const std::string& candidate, bool own_element) const {
    std::string name = clean_byline(candidate, m_site);
    return person_like(name, own_element) ? name : std::string();
  }

  const HtmlDocument& m_doc;
  std::string_view m_site;
};

std::string host_of(std::string_view url) {
  const std::size_t scheme = url.find("://");
  url.remove_prefix(scheme == url.npos ? 0 : scheme + 3);
  return to_lower(url.substr(0, url.find('/')));
}

}  // namespace

std::string clean_byline(std::string_view raw, std::string_view site) {
  std::string text = strip_lead_in(collapse_space(raw));
  cut_at_separators(text);
  trim(text);
  for (std::size_t comma = text.find(", "); comma != std::string::npos;
       comma = text.find(", ", comma + 1)) {
    if (find_date(text.substr(comma)).has_value()) {
      text.resize(comma);
      break;
    }
  }
  strip_site(text, site);
  text = strip_lead_in(text);
  trim(text);
  return name_like(text) ? text : std::string();
}

std::string join_bylines(const std::vector<std::string>& raw, std::string_view site) {
  std::vector<std::string> names;
  for (const std::string& r : raw) {
    std::string name = clean_byline(r, site);
    const std::string key = to_lower(name);
    const bool seen = std::any_of(names.begin(), names.end(),
                                  [&](const std::string& n) { return to_lower(n) == key; });
    if (!name.empty() && !seen) {
      names.push_back(std::move(name));
    }
  }
  std::string out;
  for (const std::string& n : names) {
    out += out.empty() ? "" : "; ";
    out += n;
  }
  return out;
}

bool is_byline_lead_in(std::string_view text) {
  return is_lead_in(to_lower(collapse_space(text)));
}

std::string byline_from_text(const HtmlDocument& doc, std::string_view site) {
  return TextBylineFinder(doc, site).find();
}

bool organisation_like(std::string_view byline, std::string_view site, std::string_view url) {
  const std::string lower = to_lower(byline);
  if (lower.empty()) {
    return false;
  }
  const std::string lower_site = to_lower(site);
  if (!lower_site.empty() && lower_site.find(lower) != std::string::npos) {
    return true;
  }
  if (lower.find(' ') != std::string::npos || lower.find(';') != std::string::npos) {
    return false;
  }
  const bool acronym = std::none_of(byline.begin(), byline.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c)) != 0;
  });
  const bool domain = lower.find('.') != std::string::npos;
  return acronym || domain || host_of(url).find(lower) != std::string::npos;
}

}  // namespace news::html
