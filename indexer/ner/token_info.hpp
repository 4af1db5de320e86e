#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lexicon.hpp"
#include "tokenizer.hpp"

namespace news::ner {

// Everything the feature templates need to know about one token, hashed once.
struct TokenInfo {
  std::uint64_t word = 0;         // form (a headline word takes its cased form)
  std::uint64_t lower = 0;        // lower-case form
  std::uint64_t shape = 0;        // "Xxxx", "X.X.", "dddd-dd"
  std::uint64_t short_shape = 0;  // runs collapsed: "Xx", "X.X.", "d-d"
  std::uint64_t prefix[3] = {};
  std::uint64_t suffix[4] = {};
  ClusterIds cluster = {kNoCluster, kNoCluster, kNoCluster};
  std::uint32_t gazetteer = 0;     // bit 4 * category + position (BILU order)
  bool capitalised = false;        // starts with an upper-case letter
  bool lowercase = false;          // starts with a lower-case letter
  bool plain = false;              // starts with an ASCII byte that is not a capital
  bool headline = false;           // in a sentence written all in capitals
  bool lower_elsewhere = false;    // the document also uses the word in lower case
  bool cap_mid_elsewhere = false;  // the document also capitalises it mid-sentence
};

// Computes TokenInfo for every token of `doc`.
std::vector<TokenInfo> compute_token_info(const Document& doc, const Lexicon& lexicon);

// Word shape: upper -> X, lower -> x, digit -> d, other bytes kept; runs longer than
// four are cut. With `collapse`, every run becomes one character.
std::string word_shape(std::string_view word, bool collapse);

}  // namespace news::ner
