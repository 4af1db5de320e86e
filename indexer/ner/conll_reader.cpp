#include "conll_reader.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace news::ner {
namespace {

struct RawToken {
  std::string word;
  std::string tag;
};
using RawSentence = std::vector<RawToken>;

// Splits an IOB1/IOB2 tag "B-PER" into its prefix and type; false for "O".
bool split_tag(const std::string& tag, char& prefix, EntityType& type) {
  if (tag.size() < 3 || tag[1] != '-') {
    return false;
  }
  prefix = tag[0];
  return parse_type(std::string_view(tag).substr(2), type);
}

void add_sentence(AnnotatedDocument& out, const RawSentence& sentence) {
  std::string& text = *out.text;
  std::size_t first = out.doc.tokens.size();
  bool open = false;
  Span cur;
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    if (i > 0) {
      text += ' ';
    }
    std::size_t begin = text.size();
    text += sentence[i].word;
    out.doc.tokens.push_back(Token{{}, begin, text.size()});
    char prefix = 'O';
    EntityType type{};
    bool inside = split_tag(sentence[i].tag, prefix, type);
    bool continues = open && inside && prefix != 'B' && type == cur.type;
    if (open && !continues) {
      out.gold.push_back(cur);
      open = false;
    }
    if (inside && !continues) {
      cur = Span{first + i, first + i + 1, type};
      open = true;
    }
    cur.last = first + i + 1;
  }
  if (open) {
    out.gold.push_back(cur);
  }
  text += '\n';
  out.doc.sentences.push_back(Sentence{first, out.doc.tokens.size()});
}

AnnotatedDocument build_document(const std::vector<RawSentence>& sentences) {
  AnnotatedDocument out;
  out.text = std::make_unique<std::string>();
  for (const RawSentence& s : sentences) {
    add_sentence(out, s);
  }
  out.doc.text = *out.text;
  for (Token& t : out.doc.tokens) {
    t.text = out.doc.text.substr(t.begin, t.end - t.begin);
  }
  return out;
}

class ConllParser {
 public:
  std::vector<AnnotatedDocument> parse(std::istream& in) {
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') {
        line.pop_back();
      }
      std::istringstream fields(line);
      std::string word, column, tag;
      fields >> word;
      while (fields >> column) {
        tag = column;
      }
      if (word == "-DOCSTART-") {
        m_saw_docstart = true;
        end_document();
      } else if (word.empty()) {
        end_sentence();
      } else {
        m_sentence.push_back(RawToken{word, tag.empty() ? "O" : tag});
      }
    }
    end_document();
    return std::move(m_docs);
  }

 private:
  void end_sentence() {
    if (!m_sentence.empty()) {
      m_sentences.push_back(std::move(m_sentence));
      m_sentence.clear();
    }
  }
  void end_document() {
    end_sentence();
    std::size_t chunk = m_saw_docstart ? m_sentences.size() : 50;
    for (std::size_t b = 0; b < m_sentences.size(); b += chunk) {
      std::size_t e = std::min(m_sentences.size(), b + chunk);
      m_docs.push_back(build_document({m_sentences.begin() + static_cast<long>(b),
                                       m_sentences.begin() + static_cast<long>(e)}));
    }
    m_sentences.clear();
  }

  bool m_saw_docstart = false;
  RawSentence m_sentence;
  std::vector<RawSentence> m_sentences;
  std::vector<AnnotatedDocument> m_docs;
};

}  // namespace

std::vector<AnnotatedDocument> read_conll(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    throw std::runtime_error("cannot open CoNLL file '" + path + "'");
  }
  return ConllParser().parse(in);
}

}  // namespace news::ner
