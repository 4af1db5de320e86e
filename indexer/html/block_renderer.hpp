// Renders chosen parts of a page as paragraphs of text.
#pragma once

#include <string>
#include <vector>

#include "html_document.hpp"

namespace news::html {

class BlockRenderer {
 public:
  // `removed` marks, per node of `doc`, the elements to leave out with their subtrees.
  BlockRenderer(const HtmlDocument& doc, const std::vector<char>& removed)
      : m_doc(doc), m_removed(removed) {}

  // Appends the text under node `root`: each block element (p, div, li, h2, td, ...)
  // and each <br> ends a paragraph; inline elements add no white space. <h1> is left out
  // (the title), and so are paragraphs that are mostly link text or that are a bare
  // "Advertisement" label.
  void render(int root);

  // The paragraphs rendered so far, white space collapsed; consecutive duplicates are
  // dropped, and so are short headings (h2..h6) with no text after them before the next
  // heading (the titles of "Related stories" lists whose items were removed) and short
  // photo credit lines ("Foto: …", "… / Getty Images", "© …").
  std::vector<std::string> take();

 private:
  void flush();
  void add_text(int node);

  const HtmlDocument& m_doc;
  const std::vector<char>& m_removed;
  std::vector<std::string> m_paragraphs;
  std::vector<char> m_is_heading;  // per paragraph
  int m_heading_end = -1;          // end of the heading being rendered, -1 outside
  std::string m_current;
  int m_current_chars = 0;
  int m_link_chars = 0;
  int m_link_end = -1;  // end of the <a> being rendered, -1 outside links
};

// The paragraphs joined with blank lines, as Article::body wants them.
std::string join_paragraphs(const std::vector<std::string>& paragraphs);

}  // namespace news::html
