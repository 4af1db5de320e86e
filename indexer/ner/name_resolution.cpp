#include "name_resolution.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

#include "acronyms.hpp"
#include "text_fold.hpp"
#include "utf8.hpp"

namespace news::ner {
namespace {

constexpr int kSecondTypeVotes = 1;

constexpr std::string_view kTitleWords =
    "mr|mrs|ms|miss|dr|prof|professor|sir|dame|lord|lady|president|vice|prime|minister|"
    "ministers|premier|chancellor|secretary|senator|sen|rep|representative|congressman|"
    "governor|gov|mayor|gen|general|col|colonel|maj|major|capt|captain|lt|lieutenant|sgt|"
    "sergeant|adm|admiral|judge|justice|king|queen|prince|princess|pope|rev|reverend|"
    "sheikh|ayatollah|cardinal|archbishop|bishop|chairman|chairwoman|chief|executive|"
    "ambassador|envoy|spokesman|spokeswoman|spokesperson|deputy|foreign|defense|defence|"
    "interior|finance|information|state|home|trade|economy|justice|health|education|"
    "energy|oil|agriculture|commander|director|head|leader|coach|manager|officer|former|"
    "acting|senior|junior|assistant|undersecretary|attorney|federal|commissioner|speaker|"
    "emir|crown|president-elect|ceo|mp|mps";

const std::unordered_set<std::string>& title_words() {
  static const std::unordered_set<std::string> words = [] {
    std::unordered_set<std::string> set;
    for (std::size_t b = 0; b <= kTitleWords.size();) {
      std::size_t e = std::min(kTitleWords.find('|', b), kTitleWords.size());
      set.emplace(kTitleWords.substr(b, e - b));
      b = e + 1;
    }
    return set;
  }();
  return words;
}

struct Mention {
  std::size_t first = 0;
  std::size_t last = 0;
  std::size_t entity = 0;
};

struct Entity {
  std::string key;
  std::vector<std::string> words;  // key split on spaces
  std::string display;
  bool display_is_caps = true;  // only seen in capitals in an all-capitals line
  std::array<int, kTypeCount> votes{};
  EntityType type = EntityType::kMisc;
  std::size_t first_mention = 0;
  std::size_t target = 0;  // the entity this one resolves to (itself if none)
};

bool has_lower_letter(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return is_lower(static_cast<unsigned char>(c)); });
}

bool has_upper_or_foreign(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    return is_upper(u) || u >= 0x80;
  });
}

// Whether the line (paragraph) holding `token` has lower-case letters.
bool line_has_lower(const Document& doc, const Token& token) {
  std::size_t b = doc.text.rfind('\n', token.begin);
  std::size_t e = doc.text.find('\n', token.end);
  b = b == std::string_view::npos ? 0 : b + 1;
  return has_lower_letter(doc.text.substr(b, e == std::string_view::npos ? e : e - b));
}

bool is_possessive(std::string_view t) {
  return t == "'s" || t == "'S" || t == "'" || t == "\xE2\x80\x99s" || t == "\xE2\x80\x99";
}

// Trims titles (persons), possessives and stray punctuation from a span.
bool trim_span(const Document& doc, Span& sp) {
  auto text = [&](std::size_t i) { return doc.tokens[i].text; };
  while (sp.last > sp.first && (is_possessive(text(sp.last - 1)) ||
                                !is_word_char(static_cast<unsigned char>(text(sp.last - 1)[0])))) {
    --sp.last;
  }
  while (sp.first < sp.last && !is_word_char(static_cast<unsigned char>(text(sp.first)[0]))) {
    ++sp.first;
  }
  bool all_titles = true;
  for (std::size_t i = sp.first; i < sp.last; ++i) {
    all_titles = all_titles && is_title_word(text(i));
  }
  if (sp.type == EntityType::kPerson) {
    while (sp.last - sp.first > 1 && is_title_word(text(sp.first))) {
      ++sp.first;
    }
  }
  return sp.first < sp.last && !all_titles;
}

std::string display_text(const Document& doc, const Span& sp) {
  std::size_t b = doc.tokens[sp.first].begin;
  std::string out;
  bool space = false;
  for (char c : doc.text.substr(b, doc.tokens[sp.last - 1].end - b)) {
    bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!ws && space && !out.empty()) {
      out += ' ';
    }
    space = ws;
    if (!ws) {
      out += c;
    }
  }
  return out;
}

std::vector<std::string> split_words(const std::string& key) {
  std::vector<std::string> words;
  std::size_t b = 0;
  while (b <= key.size()) {
    std::size_t e = std::min(key.find(' ', b), key.size());
    words.push_back(key.substr(b, e - b));
    b = e + 1;
  }
  return words;
}

class Resolver {
 public:
  Resolver(const Document& doc) : m_doc(doc) {}

  EntitySets run(const std::vector<Span>& spans) {
    for (Span sp : spans) {
      add_mention(sp);
    }
    for (Entity& e : m_entities) {
      e.type = static_cast<EntityType>(std::max_element(e.votes.begin(), e.votes.end()) -
                                       e.votes.begin());
    }
    resolve_surnames();
    resolve_acronyms();
    return collect();
  }

 private:
  void add_mention(Span sp) {
    if (sp.type == EntityType::kMisc || !trim_span(m_doc, sp)) {
      return;
    }
    std::string display = display_text(m_doc, sp);
    if (!has_upper_or_foreign(display)) {
      return;
    }
    std::string key = fold_name(display);
    auto [it, fresh] = m_index.try_emplace(key, m_entities.size());
    if (fresh) {
      Entity e;
      e.key = key;
      e.words = split_words(key);
      e.first_mention = m_mentions.size();
      e.target = m_entities.size();
      m_entities.push_back(std::move(e));
    }
    Entity& e = m_entities[it->second];
    e.votes[static_cast<std::size_t>(sp.type)] += 1;
    // Running text shows a name's proper form ("GMTV" stays); a headline in capitals
    // does not ("BRUSSELS" becomes "Brussels" unless the article has a better form).
    bool proper = has_lower_letter(display) || line_has_lower(m_doc, m_doc.tokens[sp.first]);
    if (e.display.empty() || (e.display_is_caps && proper)) {
      e.display = display;
      e.display_is_caps = !proper;
    }
    m_mentions.push_back(Mention{sp.first, sp.last, it->second});
  }

  void resolve_surnames();
  void resolve_acronyms();
  std::size_t parenthetical_expansion(std::size_t entity) const;
  std::vector<std::size_t> roots_in_order() const;
  EntitySets collect() const;

  const Document& m_doc;
  std::vector<Entity> m_entities;
  std::vector<Mention> m_mentions;
  std::unordered_map<std::string, std::size_t> m_index;
};

bool is_word_suffix(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return a.size() < b.size() && std::equal(a.rbegin(), a.rend(), b.rbegin());
}

void Resolver::resolve_surnames() {
  for (Entity& e : m_entities) {
    for (std::size_t p = 0; p < m_entities.size(); ++p) {
      const Entity& person = m_entities[p];
      if (person.type == EntityType::kPerson && is_word_suffix(e.words, person.words)) {
        e.target = p;
        e.type = EntityType::kPerson;
        break;
      }
    }
  }
}

std::size_t Resolver::parenthetical_expansion(std::size_t entity) const {
  for (const Mention& m : m_mentions) {
    if (m.entity != entity || m.first < 2 || m_doc.tokens[m.first - 1].text != "(") {
      continue;
    }
    for (const Mention& x : m_mentions) {
      if (x.last + 1 == m.first && m_entities[x.entity].type == EntityType::kOrganization) {
        return x.entity;
      }
    }
  }
  return entity;
}

void Resolver::resolve_acronyms() {
  for (std::size_t a = 0; a < m_entities.size(); ++a) {
    Entity& e = m_entities[a];
    std::string letters = acronym_letters(e.display);
    if (e.type != EntityType::kOrganization || e.target != a || letters.empty()) {
      continue;
    }
    e.target = parenthetical_expansion(a);
    for (std::size_t x = 0; x < m_entities.size() && e.target == a; ++x) {
      const Entity& full = m_entities[x];
      if (full.type == EntityType::kOrganization && full.words.size() >= 2 &&
          initials(full.display) == letters) {
        e.target = x;
      }
    }
  }
}

std::string display_name(const Entity& ent) {
  if (!ent.display_is_caps) {
    return ent.display;
  }
  std::string name;
  for (const std::string& w : split_words(ent.display)) {
    if (!name.empty()) {
      name += ' ';
    }
    name.append(fix_capitals(w));
  }
  return name;
}

// Entities that resolve to no other, in order of their (or their aliases') first mention.
std::vector<std::size_t> Resolver::roots_in_order() const {
  std::vector<std::size_t> first(m_entities.size(), m_mentions.size());
  auto root = [&](std::size_t e) {
    for (int hops = 0; hops < 8 && m_entities[e].target != e; ++hops) {
      e = m_entities[e].target;
    }
    return e;
  };
  for (std::size_t i = 0; i < m_mentions.size(); ++i) {
    std::size_t r = root(m_mentions[i].entity);
    first[r] = std::min(first[r], i);
  }
  std::vector<std::size_t> order;
  for (std::size_t e = 0; e < m_entities.size(); ++e) {
    if (root(e) == e) {
      order.push_back(e);
    }
  }
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return first[a] < first[b]; });
  return order;
}

// A place name used for an organisation, or the reverse (a city and its team, a
// country and its government), is reported as both when the article uses it
// repeatedly both ways.
bool also_other_type(const Entity& ent, EntityType other) {
  int votes = ent.votes[static_cast<std::size_t>(other)];
  return ent.type != other && votes >= kSecondTypeVotes &&
         (ent.type == EntityType::kOrganization || ent.type == EntityType::kLocation);
}

EntitySets Resolver::collect() const {
  EntitySets out;
  for (std::size_t e : roots_in_order()) {
    const Entity& ent = m_entities[e];
    std::string name = display_name(ent);
    if (ent.type == EntityType::kPerson) {
      out.persons.push_back(name);
    }
    if (ent.type == EntityType::kOrganization || also_other_type(ent, EntityType::kOrganization)) {
      out.orgs.push_back(name);
    }
    if (ent.type == EntityType::kLocation || also_other_type(ent, EntityType::kLocation)) {
      out.places.push_back(name);
    }
  }
  return out;
}

}  // namespace

bool is_title_word(std::string_view word) {
  std::string lower = ascii_lower(word);
  if (!lower.empty() && lower.back() == '.') {
    lower.pop_back();
  }
  return title_words().contains(lower);
}

EntitySets resolve_names(const Document& doc, const std::vector<Span>& spans) {
  std::vector<Span> expanded = spans;
  add_acronym_expansions(doc, expanded);
  return Resolver(doc).run(expanded);
}

}  // namespace news::ner
