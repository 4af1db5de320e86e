#include "block_renderer.hpp"

#include <algorithm>

#include "boilerplate_rules.hpp"
#include "meta_fields.hpp"

namespace news::html {
namespace {

// A paragraph with more link text than this share is a menu or a list of links.
constexpr double kMaxLinkShare = 0.5;

int non_space_bytes(std::string_view text) {
  return static_cast<int>(std::count_if(text.begin(), text.end(), [](char c) {
    return c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f';
  }));
}

bool is_label(const std::string& paragraph) {
  const std::string lower = to_lower(paragraph);
  return lower == "advertisement" || lower == "advertising" || lower == "anzeige" ||
         lower == "publicité" || lower == "publicidad" || lower == "pubblicità";
}

}  // namespace

void BlockRenderer::render(int root) {
  std::vector<int> block_ends;
  const int end = m_doc.node(root).end;
  for (int k = root; k < end;) {
    while (!block_ends.empty() && block_ends.back() <= k) {
      block_ends.pop_back();
      flush();
    }
    if (m_link_end >= 0 && m_link_end <= k) {
      m_link_end = -1;
    }
    const DomNode& n = m_doc.node(k);
    if (m_removed[static_cast<std::size_t>(k)] || n.tag == GUMBO_TAG_H1) {
      k = n.end;
      continue;
    }
    if (n.is_text) {
      add_text(k);
    } else if (n.tag == GUMBO_TAG_BR) {
      flush();
    } else if (is_block_tag(n.tag)) {
      flush();
      block_ends.push_back(n.end);
    } else if (n.tag == GUMBO_TAG_A && m_link_end < 0) {
      m_link_end = n.end;
    }
    ++k;
  }
  flush();
}

void BlockRenderer::add_text(int node) {
  const std::string_view text = m_doc.text(node);
  const int chars = non_space_bytes(text);
  m_current_chars += chars;
  m_link_chars += m_link_end >= 0 ? chars : 0;
  append_collapsed(m_current, text);
}

void BlockRenderer::flush() {
  while (!m_current.empty() && m_current.back() == ' ') {
    m_current.pop_back();
  }
  const bool links = m_link_chars > kMaxLinkShare * m_current_chars;
  if (!m_current.empty() && !links && !is_label(m_current) &&
      (m_paragraphs.empty() || m_paragraphs.back() != m_current)) {
    m_paragraphs.push_back(std::move(m_current));
  }
  m_current.clear();
  m_current_chars = 0;
  m_link_chars = 0;
}

std::vector<std::string> BlockRenderer::take() {
  flush();
  return std::move(m_paragraphs);
}

}  // namespace news::html
