#pragma once

#include <memory>
#include <string>
#include <vector>

#include "tags.hpp"
#include "tokenizer.hpp"

namespace news::ner {

// One annotated document of a CoNLL file: the tokens (joined into a text with one
// sentence per line) and the gold entity spans.
struct AnnotatedDocument {
  std::unique_ptr<std::string> text;  // owns the bytes `doc` points into
  Document doc;
  std::vector<Span> gold;  // document-level token spans
};

// Reads a CoNLL-format file: one token per line with the entity tag in the last column
// (IOB1 or IOB2; PER/ORG/LOC/MISC, other types ignored), blank lines between sentences
// and "-DOCSTART-" lines between documents (a file without them is one document per
// 50 sentences). Throws std::runtime_error if the file cannot be read.
std::vector<AnnotatedDocument> read_conll(const std::string& path);

}  // namespace news::ner
