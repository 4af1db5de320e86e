#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace news::ner {

// One token of the input text: a view into it plus its byte offsets.
struct Token {
  std::string_view text;
  std::size_t begin = 0;  // byte offset of the first byte in the input
  std::size_t end = 0;    // byte offset one past the last byte
};

// A sentence is a run of consecutive tokens [first, last) of a token vector.
struct Sentence {
  std::size_t first = 0;
  std::size_t last = 0;
};

// A tokenized document: the text, its tokens and sentences.
struct Document {
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

// Splits UTF-8 text into tokens the way CoNLL-2003 does: punctuation apart,
// possessive 's and n't apart, hyphenated words, numbers ("1,000", "3.5") and
// abbreviations ("U.S.", "Inc.") kept whole. Never fails; invalid UTF-8 bytes are
// treated as letters.
std::vector<Token> tokenize(std::string_view text);

// Groups tokens into sentences: a newline in the text always ends one, and so does
// a sentence-final mark (. ! ?) followed by a token that starts a new sentence.
std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens);

// Tokenizes `text` and splits it into sentences.
Document make_document(std::string_view text);

}  // namespace news::ner
