#include "byline_markup.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "byline_cleanup.hpp"
#include "meta_fields.hpp"
#include "page_regions.hpp"

namespace news::html {
namespace {

constexpr std::size_t kMaxBylineElementBytes = 120;

// Class/id words of elements holding the byline (English, German/Spanish, French).
constexpr std::string_view kBylineClassWords[] = {"byline", "author", "autor", "auteur"};

// Lower-case words allowed in names ("Ursula von der Leyen", "Jane Doe and John Roe").
constexpr std::string_view kNameParticles[] = {
    "von", "van", "der", "den", "del", "de", "da", "di", "du", "la", "le",
    "dos", "das", "zu",  "and", "und", "et", "y",  "e",  "en", "og", "och"};
// Lead-ins that end a CMS link label before the name ("View all posts by", "Zeige alle
// Beiträge von", "Erstellt von", "Publié par").
constexpr std::string_view kLabelLeadIns[] = {" by ", " von ", " par ", " por ", " door "};
constexpr std::size_t kMaxNameWords = 4;

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> out;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t end = std::min(text.find(' ', pos), text.size());
    if (end > pos) {
      out.push_back(text.substr(pos, end - pos));
    }
    pos = end + 1;
  }
  return out;
}

bool particle(std::string_view word) {
  return std::find(std::begin(kNameParticles), std::end(kNameParticles), word) !=
         std::end(kNameParticles);
}

bool lower_initial(std::string_view word) {
  return std::islower(static_cast<unsigned char>(word.front())) != 0;
}

// A label that CMSs put where a name belongs ("View my complete profile", "Zeige alle
// Beiträge von Jane Doe →"): three words or more, one of them a lower-case word that is no
// name particle or conjunction. Its name is what follows the last lead-in when that is one to four
// capitalised words; else it has none.
bool link_label(std::string_view text) {
  const std::vector<std::string_view> words = words_of(text);
  return words.size() >= 3 && std::any_of(words.begin(), words.end(), [](std::string_view w) {
           return lower_initial(w) && !particle(w);
         });
}

std::string name_in_label(const std::string& text) {
  std::size_t start = std::string::npos;
  for (std::string_view lead : kLabelLeadIns) {
    const std::size_t at = text.rfind(lead);
    if (at != std::string::npos && (start == std::string::npos || at + lead.size() > start)) {
      start = at + lead.size();
    }
  }
  if (start == std::string::npos) {
    return {};
  }
  std::string name = text.substr(start);
  while (!name.empty() && (static_cast<unsigned char>(name.back()) >= 0x80 || name.back() == ' ')) {
    name.pop_back();  // a trailing arrow ("→") or other symbol
  }
  const std::vector<std::string_view> words = words_of(name);
  const bool name_like =
      !words.empty() && words.size() <= kMaxNameWords && !lower_initial(words.front()) &&
      std::none_of(words.begin(), words.end(),
                   [](std::string_view w) { return lower_initial(w) && !particle(w); });
  return name_like ? name : std::string();
}

// The bylines of markup elements with CMS link labels replaced by their names or dropped.
std::vector<std::string> without_labels(const std::vector<std::string>& raw,
                                        std::string_view site) {
  std::vector<std::string> out;
  for (const std::string& r : raw) {
    const std::string cleaned = clean_byline(r, site);
    out.push_back(link_label(cleaned) ? name_in_label(cleaned) : r);
  }
  return out;
}

// An hCard (class vcard) or h-card: a person's name card.
bool is_card(const HtmlDocument& doc, int i) {
  const std::string_view cls = doc.attribute(i, "class");
  return has_token(cls, "vcard") || has_token(cls, "h-card");
}

// Element text of a byline: the itemprop=name (or hCard fn, h-card p-name) inside it when
// there is one.
std::string byline_text(const HtmlDocument& doc, int i) {
  for (int k = i + 1; k < doc.node(i).end; ++k) {
    if (to_lower(doc.attribute(k, "itemprop")) == "name" ||
        has_token(doc.attribute(k, "class"), "fn") ||
        has_token(doc.attribute(k, "class"), "p-name")) {
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

// Lead-ins of a source line ("Quelle: kathpress") and words of a picture's credit.
constexpr std::string_view kSourceLeadIns[] = {"quelle:", "source:", "fuente:", "source :"};
constexpr std::string_view kPictureWords[] = {"foto",  "bild",   "photo", "image", "getty",
                                              "stock", "grafik", "karte", "video"};
constexpr std::size_t kMaxSourceLineBytes = 80;

// The name in text node i when it is a source line ("Quelle: MDR", "Source: <a>AP</a>"):
// no picture credit, no digits (a date), not starting with punctuation.
std::string source_at(const HtmlDocument& doc, int i) {
  const std::string text = collapse_space(doc.text(i));
  const std::string lower = to_lower(text);
  for (std::string_view lead : kSourceLeadIns) {
    if (text.size() > kMaxSourceLineBytes || !lower.starts_with(lead)) {
      continue;
    }
    std::string name = collapse_space(std::string_view(text).substr(lead.size()));
    for (int k = i + 1; name.empty() && k < doc.size() && k < i + 6; ++k) {
      name = doc.node(k).is_text ? collapse_space(doc.text(k)) : name;
    }
    const std::string name_lower = to_lower(name);
    const bool picture =
        std::any_of(std::begin(kPictureWords), std::end(kPictureWords),
                    [&](std::string_view w) { return name_lower.find(w) != name_lower.npos; });
    const bool name_like = !name.empty() && !std::ispunct(static_cast<unsigned char>(name[0])) &&
                           std::none_of(name.begin(), name.end(), [](char c) {
                             return std::isdigit(static_cast<unsigned char>(c)) != 0;
                           });
    return picture || !name_like || name.size() > kMaxSourceLineBytes ? std::string() : name;
  }
  return {};
}

}  // namespace

// itemprop=author elements and rel=author links, else Person items after a lead-in, else hCards
// next to a headline, else the first short element with a byline class (next to a headline
// first); nothing inside a comment thread.
std::string byline_from_elements(const HtmlDocument& doc, std::string_view site) {
  const std::vector<bool> near = near_headlines(doc);
  std::vector<std::string> marked, persons, cards, classed_near, classed;
  for (int i = 0; i < doc.size(); ++i) {
    if (doc.node(i).is_text || doc.tag(i) == GUMBO_TAG_META || doc.tag(i) == GUMBO_TAG_SCRIPT) {
      continue;
    }
    const bool itemprop = to_lower(doc.attribute(i, "itemprop")) == "author";
    const bool rel = doc.tag(i) == GUMBO_TAG_A && has_token(doc.attribute(i, "rel"), "author");
    const bool card = near[static_cast<std::size_t>(i)] && is_card(doc, i);
    const bool classed_here = !card && byline_class(doc, i);
    if (!(itemprop || rel || card || classed_here || introduced_person(doc, i)) ||
        in_comments(doc, i)) {
      continue;
    }
    if (itemprop || rel) {
      marked.push_back(byline_text(doc, i));
      i = doc.node(i).end - 1;
    } else if (card || introduced_person(doc, i)) {
      (card ? cards : persons).push_back(byline_text(doc, i));
    } else if (const std::string text = byline_text(doc, i);
               !text.empty() && text.size() <= kMaxBylineElementBytes) {
      (near[static_cast<std::size_t>(i)] ? classed_near : classed).push_back(text);
    }
  }
  for (auto* list : {&marked, &persons, &cards, &classed_near, &classed}) {
    if (list == &classed_near || list == &classed) {
      list->resize(std::min<std::size_t>(list->size(), 1));
    }
    if (std::string out = join_bylines(without_labels(*list, site), site); !out.empty()) {
      return out;
    }
  }
  return {};
}

// The last source line of the page: the agency an article credits at its end.
std::string source_credit(const HtmlDocument& doc) {
  std::string last;
  for (int i = 0; i < doc.size(); ++i) {
    if (doc.node(i).is_text) {
      std::string name = source_at(doc, i);
      last = name.empty() ? last : std::move(name);
    }
  }
  return last;
}

}  // namespace news::html
