#include "block_renderer.hpp"

#include <algorithm>

#include "boilerplate_rules.hpp"
#include "meta_fields.hpp"

namespace news::html {
namespace {

// A paragraph with more link text than this share is a menu or a list of links.
constexpr double kMaxLinkShare = 0.5;
constexpr std::size_t kMaxCreditBytes = 100;
// A heading with more text is a paragraph set in large type (a lead, a standfirst), not
// the title of a section that may have been emptied.
constexpr std::size_t kMaxSectionTitleBytes = 100;

int non_space_bytes(std::string_view text) {
  return static_cast<int>(std::count_if(text.begin(), text.end(), [](char c) {
    return c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f';
  }));
}

// Short lines that credit a photo rather than tell the story.
bool is_credit(const std::string& paragraph) {
  if (paragraph.size() > kMaxCreditBytes) {
    return false;
  }
  static constexpr std::string_view kStarts[] = {
      "foto:", "fotos:", "photo:", "photos:", "bild:", "image:", "©", "(c) "};
  static constexpr std::string_view kAnywhere[] = {"getty images", "/ afp",     "afp /",
                                                   "shutterstock", "/ reuters", "/ dpa"};
  const std::string lower = to_lower(paragraph);
  return std::any_of(std::begin(kStarts), std::end(kStarts),
                     [&](std::string_view s) { return lower.starts_with(s); }) ||
         std::any_of(std::begin(kAnywhere), std::end(kAnywhere),
                     [&](std::string_view s) { return lower.find(s) != lower.npos; });
}

bool is_heading_tag(GumboTag tag) {
  return tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 || tag == GUMBO_TAG_H5 ||
         tag == GUMBO_TAG_H6;
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
      m_heading_end = is_heading_tag(n.tag) ? n.end : m_heading_end;
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
  if (!m_current.empty() && !links && !is_label(m_current) && !is_credit(m_current) &&
      (m_paragraphs.empty() || m_paragraphs.back() != m_current)) {
    const bool title = m_heading_end >= 0 && m_current.size() <= kMaxSectionTitleBytes;
    m_paragraphs.push_back(std::move(m_current));
    m_is_heading.push_back(title ? 1 : 0);
  }
  m_heading_end = -1;
  m_current.clear();
  m_current_chars = 0;
  m_link_chars = 0;
}

std::vector<std::string> BlockRenderer::take() {
  flush();
  std::vector<std::string> kept;
  for (std::size_t i = 0; i < m_paragraphs.size(); ++i) {
    const bool empty_section =
        m_is_heading[i] && (i + 1 == m_paragraphs.size() || m_is_heading[i + 1]);
    if (!empty_section) {
      kept.push_back(std::move(m_paragraphs[i]));
    }
  }
  m_paragraphs.clear();
  m_is_heading.clear();
  return kept;
}

std::string join_paragraphs(const std::vector<std::string>& paragraphs) {
  std::string out;
  for (const std::string& p : paragraphs) {
    if (!out.empty()) {
      out += "\n\n";
    }
    out += p;
  }
  return out;
}

}  // namespace news::html
