#include "tagger.hpp"

#include <array>

#include "utf8.hpp"

namespace news::ner {

std::vector<Span> tag_pass(const Weights& weights, const Document& doc, const FeatureMatrix& m) {
  std::vector<Span> spans;
  std::vector<float> emissions;
  for (const Sentence& s : doc.sentences) {
    weights.emissions(m, s.first, s.last, emissions);
    std::vector<Tag> tags = viterbi(emissions, s.last - s.first, weights.transitions());
    for (Span sp : tags_to_spans(tags)) {
      sp.first += s.first;
      sp.last += s.first;
      spans.push_back(sp);
    }
  }
  return spans;
}

std::vector<std::uint8_t> document_hints(const Document& doc, const std::vector<Span>& spans) {
  StringMap<std::array<int, kTypeCount>> counts;
  std::string lower;  // reused: most tokens need no new string
  for (const Span& sp : spans) {
    for (std::size_t i = sp.first; i < sp.last; ++i) {
      ascii_lower_into(doc.tokens[i].text, lower);
      auto it = counts.find(lower);
      if (it == counts.end()) {
        it = counts.emplace(lower, std::array<int, kTypeCount>{}).first;
      }
      it->second[static_cast<std::size_t>(sp.type)] += 1;
    }
  }
  std::vector<std::uint8_t> hints(doc.tokens.size(), 0);
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    std::string_view t = doc.tokens[i].text;
    if (t.empty() || is_lower(static_cast<unsigned char>(t[0])) ||
        !is_word_char(static_cast<unsigned char>(t[0]))) {
      continue;
    }
    ascii_lower_into(t, lower);
    auto it = counts.find(lower);
    if (it == counts.end()) {
      continue;
    }
    std::size_t best = 0;
    for (std::size_t k = 1; k < kTypeCount; ++k) {
      best = it->second[k] > it->second[best] ? k : best;
    }
    hints[i] = static_cast<std::uint8_t>(1 + best);
  }
  return hints;
}

std::vector<Span> tag_document(const FeatureExtractor& extractor, const Weights& first,
                               const Weights& second, const Document& doc) {
  std::vector<TokenInfo> info = extractor.token_info(doc);
  FeatureMatrix m = extractor.extract(doc, info, nullptr);
  std::vector<Span> spans = tag_pass(first, doc, m);
  if (second.empty()) {
    return spans;
  }
  std::vector<std::uint8_t> hints = document_hints(doc, spans);
  m = extractor.extract(doc, info, &hints);
  return tag_pass(second, doc, m);
}

namespace {

void append_spans(const std::vector<float>& emissions, const Sentence& s,
                  const Weights::Transitions& transitions, std::vector<Span>& out) {
  std::vector<Tag> tags = viterbi(emissions, s.last - s.first, transitions);
  for (Span sp : tags_to_spans(tags)) {
    sp.first += s.first;
    sp.last += s.first;
    out.push_back(sp);
  }
}

}  // namespace

std::vector<Span> tag_document(const FeatureExtractor& extractor, const TwoPassWeights& weights,
                               const Document& doc) {
  std::vector<TokenInfo> info = extractor.token_info(doc);
  FeatureMatrix m = extractor.extract(doc, info, nullptr);
  std::vector<Span> spans;
  std::vector<float> first, second;
  std::vector<float> later(doc.tokens.size() * kTagCount);  // second-pass scores so far
  TwoPassWeights::WordCache cache(doc.tokens.size());
  for (const Sentence& s : doc.sentences) {
    weights.emissions(m, s.first, s.last, first, second, cache);
    std::copy(second.begin(), second.end(), later.begin() + static_cast<long>(s.first * kTagCount));
    append_spans(first, s, weights.first_transitions(), spans);
  }
  if (!weights.has_second_pass()) {
    return spans;
  }
  FeatureMatrix hints = extractor.extract_hints(doc, info, document_hints(doc, spans));
  spans.clear();
  TwoPassWeights::WordCache hint_cache(doc.tokens.size());
  for (const Sentence& s : doc.sentences) {
    second.assign(later.begin() + static_cast<long>(s.first * kTagCount),
                  later.begin() + static_cast<long>(s.last * kTagCount));
    weights.add_hint_emissions(hints, s.first, s.last, second, hint_cache);
    append_spans(second, s, weights.second_transitions(), spans);
  }
  return spans;
}

}  // namespace news::ner
