#include "linker.hpp"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cmath>
#include <set>

#include "country_aliases.hpp"
#include "name_fold.hpp"

namespace news::catalogue {
namespace {

// The best candidate must be this far ahead (natural log of the odds, about 7:1) of the
// next one; otherwise the mention is left as it is rather than guessed.
constexpr double kMinLogOdds = 2.0;
// Weight, in articles, of the archive-wide rate of a feature in a candidate's smoothed
// rate (Dirichlet smoothing): a candidate of few articles keeps close to the archive's.
constexpr double kSmoothing = 5.0;
// Candidates with fewer than 1/kDominance of the first candidate's articles are dropped.
constexpr std::size_t kDominance = 20;
// An organisation or place starting with a surname leaves the surname alone unless at
// least this many of its articles also name the person in full.
constexpr std::size_t kMinTogether = 2;
// Part of every fingerprint: a program that links differently re-links every mention once.
constexpr const char* kLinkingRules = "rules 1\n";

std::vector<std::string> words(const std::string& folded) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < folded.size()) {
    const std::size_t end = std::min(folded.find(' ', start), folded.size());
    out.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string joined(const std::vector<std::string>& w, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    out += (i == from ? "" : " ") + w[i];
  }
  return out;
}

// Words that complete a company's name without naming another one: "Chrysler" is
// "Chrysler Corp", but "Merrill Lynch" is not "Merrill Lynch Capital".
bool only_designators(std::string_view rest) {
  static const std::set<std::string_view> kDesignators = {
      "inc",      "inc.",    "corp",    "corp.", "co",   "co.", "cos",  "corporation", "company",
      "ltd",      "ltd.",    "limited", "plc",   "ag",   "sa",  "s.a.", "nv",          "n.v.",
      "na",       "n.a.",    "bv",      "spa",   "gmbh", "kk",  "llc",  "lp",          "group",
      "holdings", "holding", "and",     "&",     "of",   "the"};
  std::size_t start = 0;
  while (start < rest.size()) {
    const std::size_t end = std::min(rest.find(' ', start), rest.size());
    if (!kDesignators.contains(rest.substr(start, end - start))) {
      return false;
    }
    start = end + 1;
  }
  return true;
}

// Whether `full` is `mention` made longer as names of the field are: a person's first
// names before the surname, a company's designators after its name.
bool extends(bool person, std::string_view full, const std::string& mention) {
  if (full.size() <= mention.size() + 1) {
    return false;
  }
  if (person) {
    return full.ends_with(" " + mention);
  }
  return full.starts_with(mention + " ") && only_designators(full.substr(mention.size() + 1));
}

const std::string* country_of(const std::string& folded) {
  const auto& aliases = country_aliases();
  const auto it = aliases.find(folded);
  return it == aliases.end() ? nullptr : &it->second;
}

}  // namespace

std::string feature(std::string_view field, const std::string& folded) {
  return std::string(1, char(std::toupper(static_cast<unsigned char>(field[0])))) + ":" + folded;
}

Linker::Linker(std::string_view field, const std::map<std::string, std::size_t>& names,
               const AliasRules& aliases, const std::map<std::string, std::string>& display)
    : m_field(field), m_aliases(aliases), m_display(display), m_counts(names) {
  add_candidates(names);
}

void Linker::add_candidates(const std::map<std::string, std::size_t>& names) {
  // Persons are shortened to their last words ("Reagan"). Organisations and places are
  // not linked to the archive's longer names (a "Bank" or "Union" is anyone's): only to
  // the article's own (longer_in_article) and, places, through country_aliases.
  add_extensions(names);
  if (m_field != "person") {
    return;
  }
  // A word the archive uses more often to start a person's name than to end one is a
  // first name: "Paul" alone is not "John Paul".
  std::map<std::string, std::size_t> first, last;
  for (const auto& [name, count] : names) {
    const std::vector<std::string> w = words(name);
    if (w.size() > 1) {
      first[w.front()] += count;
      last[w.back()] += count;
    }
  }
  for (const auto& [name, count] : names) {
    const std::vector<std::string> w = words(name);
    for (std::size_t k = 1; k < w.size(); ++k) {
      const std::string shorter = joined(w, k, w.size());
      const bool first_name = k + 1 == w.size() && first[shorter] > last[shorter];
      if (!first_name && extends(true, name, shorter)) {
        m_candidates[shorter].push_back(name);
      }
    }
  }
  for (auto& [shortened, full] : m_candidates) {
    std::sort(full.begin(), full.end(), [&](const std::string& a, const std::string& b) {
      return m_counts.at(a) != m_counts.at(b) ? m_counts.at(a) > m_counts.at(b) : a < b;
    });
    // A name the archive uses far less than the first is no rival: "Reagan" is Ronald
    // Reagan beside the odd "Nancy Reagan", unless the article itself says otherwise.
    const std::size_t top = m_counts.at(full.front());
    std::erase_if(full, [&](const std::string& n) { return m_counts.at(n) * kDominance < top; });
  }
  add_initials_variants(names);
}

void Linker::add_extensions(const std::map<std::string, std::size_t>& names) {
  const bool person = m_field == "person";
  for (const auto& [name, count] : names) {
    const std::vector<std::string> w = words(name);
    for (std::size_t k = 1; k < w.size(); ++k) {
      const std::string shorter = person ? joined(w, k, w.size()) : joined(w, 0, k);
      if (extends(person, name, shorter)) {
        m_extensions[shorter].push_back(name);
      }
    }
  }
}

std::vector<std::string> Linker::possible_targets(const std::string& mention) const {
  std::vector<std::string> out;
  if (const auto it = m_extensions.find(mention); it != m_extensions.end()) {
    out = it->second;
  }
  if (const auto it = m_without_initials.find(mention); it != m_without_initials.end()) {
    out.push_back(it->second);
  }
  if (const std::string* merged = m_aliases.merged_into(mention)) {
    out.push_back(fold_name(*merged));
  }
  if (const std::string* country = m_field == "place" ? country_of(mention) : nullptr) {
    out.push_back(fold_name(*country));
  }
  return out;
}

void Linker::add_initials_variants(const std::map<std::string, std::size_t>& names) {
  // "Ivan F. Boesky" is "Ivan Boesky" when the archive has that name too.
  for (const auto& [name, count] : names) {
    const std::vector<std::string> w = words(name);
    std::vector<std::string> kept;
    for (std::size_t i = 0; i < w.size(); ++i) {
      const bool initial = w[i].size() <= 2 && (w[i].size() == 1 || w[i][1] == '.');
      if (!(initial && i > 0 && i + 1 < w.size())) {
        kept.push_back(w[i]);
      }
    }
    const std::string shorter = joined(kept, 0, kept.size());
    if (kept.size() >= 2 && kept.size() < w.size() && names.contains(shorter)) {
      m_without_initials[name] = shorter;
    }
  }
}

const std::vector<std::string>& Linker::candidates(const std::string& mention) const {
  static const std::vector<std::string> kNone;
  const auto it = m_candidates.find(mention);
  return it == m_candidates.end() ? kNone : it->second;
}

bool Linker::may_link(const std::string& mention) const {
  return m_aliases.merged_into(mention) != nullptr || !candidates(mention).empty() ||
         m_without_initials.contains(mention) ||
         (m_field == "place" && country_of(mention) != nullptr);
}

std::string Linker::fingerprint(const std::string& mention) const {
  std::string out = kLinkingRules;
  if (const std::string* merged = m_aliases.merged_into(mention)) {
    out += "=" + *merged + "\n";
  }
  for (auto it = m_aliases.splits.lower_bound({mention, ""});
       it != m_aliases.splits.end() && it->first == mention; ++it) {
    out += "!" + it->second + "\n";
  }
  if (m_field == "place" && country_of(mention) != nullptr) {
    out += "c" + *country_of(mention) + "\n";
  }
  if (const auto it = m_without_initials.find(mention); it != m_without_initials.end()) {
    out += "i" + it->second + "\n";
  }
  // Counts enter by their order of magnitude: a few more articles change nothing.
  for (const std::string& c : candidates(mention)) {
    out += c + "#" + std::to_string(std::bit_width(m_counts.at(c))) + "\n";
  }
  return out;
}

std::string Linker::display(const std::string& folded) const {
  const auto it = m_display.find(folded);
  return it == m_display.end() ? folded : it->second;
}

std::optional<std::string> Linker::longer_in_article(const std::string& mention,
                                                     const Context& context) const {
  if (m_field == "place") {
    return std::nullopt;
  }
  // The article's own longer name of the same kind: "BankAmerica" beside "BankAmerica Corp".
  const bool person = m_field == "person";
  const std::string kind = feature(m_field, "");
  std::optional<std::string> found;
  for (auto it = context.lower_bound(kind); it != context.end(); ++it) {
    if (it->compare(0, kind.size(), kind) != 0) {
      break;
    }
    const std::string_view name = std::string_view(*it).substr(kind.size());
    if (extends(person, name, mention) && !m_aliases.split(mention, std::string(name))) {
      if (found) {
        return std::nullopt;  // two of them: the archive decides
      }
      found = std::string(name);
    }
  }
  return found;
}

bool Linker::blocked_by_context(const std::string& mention, const std::vector<std::string>& options,
                                const Context& context, Evidence* evidence) const {
  if (m_field != "person") {
    return false;
  }
  // "Baker" beside the company "Baker Hughes": the surname may be the company's. But not
  // beside "Reagan Administration", whose articles name the person too.
  const auto names_the_person = [&](const std::string& name) {
    if (evidence == nullptr) {
      return false;  // decided at the end of the run
    }
    // The bare surname does not count: in "Baker <BKO>" stories it is the company.
    std::size_t both = 0;
    for (const std::string& o : options) {
      both = std::max(both, evidence->together(name, feature(m_field, o)));
    }
    return both >= kMinTogether;
  };
  for (const char* kind : {"O:", "L:"}) {
    const std::string start = kind + mention;
    for (auto it = context.lower_bound(start); it != context.end(); ++it) {
      if (it->compare(0, start.size(), start) != 0) {
        break;
      }
      if ((it->size() == start.size() || (*it)[start.size()] == ' ') && !names_the_person(*it)) {
        return true;
      }
    }
  }
  return false;
}

std::string Linker::link(const std::string& mention, const Context& context,
                         Evidence* evidence) const {
  if (const std::string* merged = m_aliases.merged_into(mention)) {
    return *merged;
  }
  if (m_field == "place") {
    const std::string* country = country_of(mention);
    const bool use = country != nullptr && !m_aliases.split(mention, fold_name(*country));
    return use ? *country : display(mention);
  }
  if (const auto it = m_without_initials.find(mention); it != m_without_initials.end()) {
    return m_aliases.split(mention, it->second) ? display(mention) : display(it->second);
  }
  if (const std::optional<std::string> full = longer_in_article(mention, context)) {
    return display(*full);
  }
  std::vector<std::string> options;
  for (const std::string& c : candidates(mention)) {
    if (!m_aliases.split(mention, c)) {
      options.push_back(c);
    }
  }
  if (options.empty() || blocked_by_context(mention, options, context, evidence)) {
    return display(mention);
  }
  if (options.size() == 1) {
    return display(options.front());
  }
  return evidence == nullptr ? display(mention) : choose(mention, options, context, *evidence);
}

std::string Linker::choose(const std::string& mention, const std::vector<std::string>& options,
                           const Context& context, Evidence& evidence) const {
  std::vector<const Profile*> profiles;
  for (const std::string& c : options) {
    profiles.push_back(&evidence.profile(c));
  }
  std::vector<double> score(options.size());
  for (std::size_t i = 0; i < options.size(); ++i) {
    score[i] = std::log(double(std::max<std::size_t>(1, profiles[i]->articles)));
  }
  for (const std::string& f : context) {
    const bool seen = std::any_of(profiles.begin(), profiles.end(),
                                  [&](const Profile* p) { return p->features.contains(f); });
    if (!seen) {
      continue;  // tells the candidates apart no better than chance
    }
    const double share = evidence.share(f);
    for (std::size_t i = 0; i < options.size(); ++i) {
      const auto it = profiles[i]->features.find(f);
      const double n = it == profiles[i]->features.end() ? 0.0 : double(it->second);
      score[i] += std::log((n + kSmoothing * share) / (double(profiles[i]->articles) + kSmoothing));
    }
  }
  std::vector<std::size_t> order(options.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    order[i] = i;
  }
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });
  const bool clear = score[order[0]] - score[order[1]] >= kMinLogOdds;
  return clear ? display(options[order[0]]) : display(mention);
}

}  // namespace news::catalogue
