#include "recognizer.hpp"

#include <algorithm>

#include "embedded_model.hpp"
#include "model_file.hpp"
#include "name_resolution.hpp"
#include "sign_offs.hpp"
#include "tagger.hpp"
#include "utf8.hpp"
#include "wire_text.hpp"

namespace news::ner {

// The lexicon, and both passes' weights in one table (the per-pass tables are dropped).
struct Recognizer::Loaded {
  explicit Loaded(Model m) : model(std::move(m)), weights(model.first_pass, model.second_pass) {
    model.first_pass = Weights();
    model.second_pass = Weights();
  }
  Model model;
  TwoPassWeights weights;
};

Recognizer::Recognizer(Model model) : m_loaded(std::make_shared<const Loaded>(std::move(model))) {}

const Recognizer& Recognizer::english() {
  static const Recognizer instance = from_bytes(embedded_english_model());
  return instance;
}

Recognizer Recognizer::from_file(const std::string& path) {
  return Recognizer(load_model_file(path));
}

Recognizer Recognizer::from_bytes(std::string_view bytes) {
  return Recognizer(parse_model(bytes));
}

std::vector<Span> Recognizer::tag(const Document& doc) const {
  FeatureExtractor extractor(m_loaded->model.lexicon);
  return tag_document(extractor, m_loaded->weights, doc);
}

namespace {

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
    s.type = same_words(doc, s, named) ? type : s.type;
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
    // The same name elsewhere in the story is the same place ("officials in Denver").
    retype_same_name(doc, sp, EntityType::kLocation, spans);
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

}  // namespace

EntitySets Recognizer::recognize(std::string_view text) const {
  const WireView view = wire_view(text);
  Document doc = make_document(view.text);
  std::vector<Span> spans = tag(doc);
  tag_dateline_places(doc, view.dateline_places, spans);
  tag_bracketed_companies(doc, spans);
  EntitySets found = resolve_names(doc, spans);
  // An agency's name is never a person, wherever a sign-off was left.
  std::erase_if(found.persons, [](const std::string& name) { return is_agency_name(name); });
  return found;
}

}  // namespace news::ner
