#include "wire_spans.hpp"

#include <algorithm>
#include <string_view>

#include "utf8.hpp"

namespace news::ner {
namespace {

// Whether two spans hold the same words, in any case ("CHRYSLER", "Chrysler").
bool same_words_any_case(const Document& doc, const Span& a, const Span& b) {
  if (a.last - a.first != b.last - b.first) {
    return false;
  }
  for (std::size_t k = 0; k < a.last - a.first; ++k) {
    if (ascii_lower(doc.tokens[a.first + k].text) != ascii_lower(doc.tokens[b.first + k].text)) {
      return false;
    }
  }
  return true;
}

bool same_words(const Document& doc, const Span& a, const Span& b) {
  if (a.last - a.first != b.last - b.first) {
    return false;
  }
  for (std::size_t k = 0; k < a.last - a.first; ++k) {
    if (doc.tokens[a.first + k].text != doc.tokens[b.first + k].text) {
      return false;
    }
  }
  return true;
}

// Gives `type` to every span with the words of `named`: one name, one thing per story.
void retype_same_name(const Document& doc, const Span& named, EntityType type,
                      std::vector<Span>& spans) {
  for (Span& s : spans) {
    s.type = same_words_any_case(doc, s, named) ? type : s.type;
  }
}

// A dateline's place is a place, whatever the tagger made of it ("DENVER, Feb 26 -").
void tag_dateline_places(const Document& doc, const std::vector<ByteRange>& places,
                         std::vector<Span>& spans) {
  for (const ByteRange& place : places) {
    Span sp{doc.tokens.size(), 0, EntityType::kLocation};
    for (std::size_t i = 0; i < doc.tokens.size() && doc.tokens[i].begin < place.end; ++i) {
      if (doc.tokens[i].begin >= place.begin) {
        sp.first = std::min(sp.first, i);
        sp.last = i + 1;
      }
    }
    if (sp.first >= sp.last) {
      continue;
    }
    std::erase_if(spans, [&](const Span& s) { return s.first < sp.last && sp.first < s.last; });
    // The same name elsewhere in the running text is the same place ("officials in
    // Denver"); a headline in capitals may name a team ("MILWAUKEE BEAT ...").
    for (Span& s : spans) {
      s.type = same_words(doc, s, sp) ? EntityType::kLocation : s.type;
    }
    auto at =
        std::find_if(spans.begin(), spans.end(), [&](const Span& s) { return s.first > sp.first; });
    spans.insert(at, sp);
  }
}

// "<C>", "<SRD>", "<Df>": a stock ticker in angle brackets, as wires write it.
bool ticker_at(const Document& doc, std::size_t i) {
  constexpr std::size_t kTickerBytes = 8;
  if (i + 2 >= doc.tokens.size() || doc.tokens[i].text != "<" || doc.tokens[i + 2].text != ">") {
    return false;
  }
  const std::string_view t = doc.tokens[i + 1].text;
  return !t.empty() && t.size() <= kTickerBytes && is_upper(static_cast<unsigned char>(t[0]));
}

bool is_possessive_token(std::string_view t) {
  return t == "'s" || t == "'" || t == "\xE2\x80\x99s";
}

// The closing ">" of a company written in angle brackets from token `i`
// ("<Federal Industries Ltd>"), or 0.
std::size_t bracketed_company_end(const Document& doc, std::size_t i) {
  constexpr std::size_t kMaxTokens = 12;
  if (doc.tokens[i].text != "<") {
    return 0;
  }
  for (std::size_t j = i + 2; j < doc.tokens.size() && j <= i + kMaxTokens; ++j) {
    if (doc.tokens[j].text == ">") {
      return j;
    }
    if (doc.tokens[j].text == "<") {
      return 0;
    }
  }
  return 0;
}

// A ticker is no part of a name: "Citicorp <Cci" tagged as one span is cut to "Citicorp".
void cut_at_ticker(std::size_t i, std::vector<Span>& spans) {
  for (Span& s : spans) {
    if (s.first < i && s.last > i) {
      s.last = i;
    }
  }
  std::erase_if(spans, [&](const Span& s) { return s.first >= i && s.first < i + 3; });
}

// Wires mark listed companies: a name right before its ticker ("Chrysler <C> Unit Sells
// Notes", "Citicorp's <CCI.N>") and a name in angle brackets ("<Alex. Brown and Sons
// Inc>") are companies, and so is the same name elsewhere in the story.
void tag_bracketed_companies(const Document& doc, std::vector<Span>& spans) {
  std::vector<Span> companies;
  for (std::size_t i = 1; i < doc.tokens.size(); ++i) {
    const std::size_t end = bracketed_company_end(doc, i);
    if (end == 0) {
      continue;
    }
    const bool ticker = ticker_at(doc, i);
    if (ticker) {
      cut_at_ticker(i, spans);
    }
    const std::size_t before = is_possessive_token(doc.tokens[i - 1].text) ? i - 1 : i;
    for (const Span& s : spans) {
      const bool named = ticker ? s.last == before : (s.first > i && s.last <= end);
      if (named && s.type != EntityType::kOrganization) {
        companies.push_back(s);
      }
    }
  }
  for (const Span& named : companies) {
    retype_same_name(doc, named, EntityType::kOrganization, spans);
  }
}

// Whether the line holding `token` is written without lower-case letters (a headline
// or a dateline in capitals).
bool in_capitals_line(const Document& doc, const Token& token) {
  const std::size_t b = doc.text.rfind('\n', token.begin);
  const std::size_t e = doc.text.find('\n', token.end);
  const std::string_view line =
      doc.text.substr(b == std::string_view::npos ? 0 : b + 1,
                      e == std::string_view::npos ? std::string_view::npos : e - b - 1);
  return std::none_of(line.begin(), line.end(),
                      [](char c) { return is_lower(static_cast<unsigned char>(c)); });
}

// A headline in capitals is weak evidence: a name the running text tags too is a person
// or not as the running text says ("CHRYSLER SEES ..." then "Chrysler said").
void prefer_running_text_types(const Document& doc, std::vector<Span>& spans) {
  std::vector<bool> capitals(spans.size());
  for (std::size_t k = 0; k < spans.size(); ++k) {
    capitals[k] = in_capitals_line(doc, doc.tokens[spans[k].first]);
  }
  for (std::size_t k = 0; k < spans.size(); ++k) {
    for (std::size_t r = 0; capitals[k] && r < spans.size(); ++r) {
      const bool person_or_not =
          (spans[k].type == EntityType::kPerson) != (spans[r].type == EntityType::kPerson);
      if (!capitals[r] && person_or_not && same_words_any_case(doc, spans[k], spans[r])) {
        spans[k].type = spans[r].type;
        break;
      }
    }
  }
}

}  // namespace

void apply_wire_conventions(const Document& doc, const std::vector<ByteRange>& dateline_places,
                            std::vector<Span>& spans) {
  tag_dateline_places(doc, dateline_places, spans);
  prefer_running_text_types(doc, spans);
  tag_bracketed_companies(doc, spans);
}

}  // namespace news::ner
