// A parsed HTML page (gumbo, HTML5 rules) flattened into an array of nodes in document
// order, so that analyses can keep per-node facts in plain vectors indexed like it.
#pragma once

#include <gumbo.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace news::html {

// One element or text node. Nodes are stored in document (pre-)order: the descendants of
// node i are exactly the nodes i+1 .. end-1.
struct DomNode {
  const GumboNode* gumbo = nullptr;
  GumboTag tag = GUMBO_TAG_UNKNOWN;  // GUMBO_TAG_UNKNOWN for text nodes
  bool is_text = false;              // text, CDATA or white space
  int parent = -1;
  int end = 0;  // one past the last descendant
};

class HtmlDocument {
 public:
  // Parses UTF-8 markup after strip_invisible_markup (markup_filter.hpp): comments, the
  // contents of invisible elements, attributes nothing reads and runs of white space never
  // reach the parser, which pays for every byte.
  explicit HtmlDocument(std::string_view utf8);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  const std::vector<DomNode>& nodes() const { return m_nodes; }
  int size() const { return static_cast<int>(m_nodes.size()); }
  const DomNode& node(int i) const { return m_nodes[static_cast<std::size_t>(i)]; }
  GumboTag tag(int i) const { return node(i).tag; }

  // The value of an element's attribute (name in lower case), or "" when absent.
  std::string_view attribute(int i, std::string_view name) const;
  // The raw text of a text node ("" for elements).
  std::string_view text(int i) const;
  // All text under node i, white space collapsed to single spaces and trimmed.
  std::string text_content(int i) const;
  // The children of node i, in order.
  std::vector<int> children(int i) const;
  // The first element with this tag, or -1.
  int find_first(GumboTag tag) const;

  struct Arena;  // where gumbo allocates; defined in the .cpp

 private:
  void flatten(const GumboNode* root);

  std::unique_ptr<Arena> m_arena;
  std::string m_markup;
  GumboOutput* m_output = nullptr;
  std::vector<DomNode> m_nodes;
};

// Appends `text` to `out` with runs of white space collapsed to one space; `out` never
// gets a leading space or two spaces in a row.
void append_collapsed(std::string& out, std::string_view text);

// `text` with white space collapsed and trimmed.
std::string collapse_space(std::string_view text);

}  // namespace news::html
