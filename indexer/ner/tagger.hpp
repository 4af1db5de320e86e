#pragma once

#include <cstdint>
#include <vector>

#include "features.hpp"
#include "tags.hpp"
#include "two_pass_weights.hpp"
#include "weights.hpp"

namespace news::ner {

// Runs one tagging pass over every sentence of a document: emission scores from
// `weights`, Viterbi decoding. Returns document-level token spans.
std::vector<Span> tag_pass(const Weights& weights, const Document& doc, const FeatureMatrix& m);

// Document hints for the second pass: for each token, 1 + the entity type the spans
// give most often to the same (lower-cased, capitalised) word anywhere in the
// document, or 0.
std::vector<std::uint8_t> document_hints(const Document& doc, const std::vector<Span>& spans);

// Two-pass tagging: a first pass, then (when `second` is non-empty) a second pass that
// also sees the first pass's document hints.
std::vector<Span> tag_document(const FeatureExtractor& extractor, const Weights& first,
                               const Weights& second, const Document& doc);

// The same as tag_document with `weights` built from (first, second), looking shared
// features up once for both passes.
std::vector<Span> tag_document(const FeatureExtractor& extractor, const TwoPassWeights& weights,
                               const Document& doc);

}  // namespace news::ner
