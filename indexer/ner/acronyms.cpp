#include "acronyms.hpp"

#include <algorithm>
#include <array>

#include "utf8.hpp"

namespace news::ner {
namespace {

constexpr std::array<std::string_view, 8> kConnectors = {"of", "the", "and", "for",
                                                         "de", "du",  "la",  "&"};

bool may_be_in_name(std::string_view t) {
  return is_upper(static_cast<unsigned char>(t[0])) ||
         std::find(kConnectors.begin(), kConnectors.end(), t) != kConnectors.end();
}

// The tokens [b, open) before "(" whose initials spell `letters`, or b == open.
std::size_t expansion_start(const Document& doc, std::size_t open, const std::string& letters) {
  std::string joined;
  for (std::size_t b = open; b > 0 && open - b < 10;) {
    --b;
    std::string_view t = doc.tokens[b].text;
    if (!may_be_in_name(t)) {
      break;
    }
    joined = std::string(t) + " " + joined;
    std::string got = initials(joined);
    if (got == letters && is_upper(static_cast<unsigned char>(t[0]))) {
      return b;
    }
    if (got.size() > letters.size()) {
      break;
    }
  }
  return open;
}

bool is_defined_acronym(const Document& doc, const Span& sp) {
  return sp.type == EntityType::kOrganization && sp.last - sp.first == 1 && sp.first >= 2 &&
         sp.last < doc.tokens.size() && doc.tokens[sp.first - 1].text == "(" &&
         doc.tokens[sp.last].text == ")" && !acronym_letters(doc.tokens[sp.first].text).empty();
}

}  // namespace

std::string acronym_letters(std::string_view word) {
  std::string letters;
  for (char c : word) {
    if (is_upper(static_cast<unsigned char>(c))) {
      letters += c;
    } else if (c != '.') {
      return {};
    }
  }
  return letters.size() >= 2 && letters.size() <= 6 ? letters : std::string{};
}

std::string initials(std::string_view name) {
  std::string out;
  bool start = true;
  for (char c : name) {
    if (start && is_upper(static_cast<unsigned char>(c))) {
      out += c;
    }
    start = c == ' ' || c == '-';
  }
  return out;
}

void add_acronym_expansions(const Document& doc, std::vector<Span>& spans) {
  std::vector<Span> added;
  for (const Span& sp : spans) {
    if (!is_defined_acronym(doc, sp)) {
      continue;
    }
    std::size_t open = sp.first - 1;
    std::size_t b = expansion_start(doc, open, acronym_letters(doc.tokens[sp.first].text));
    if (b < open) {
      added.push_back(Span{b, open, EntityType::kOrganization});
    }
  }
  for (const Span& a : added) {
    std::erase_if(spans, [&](const Span& s) { return s.first < a.last && a.first < s.last; });
    spans.push_back(a);
  }
  std::sort(spans.begin(), spans.end(),
            [](const Span& x, const Span& y) { return x.first < y.first; });
}

}  // namespace news::ner
