#include "content_extraction.hpp"

#include <algorithm>

#include "block_renderer.hpp"
#include "boilerplate_rules.hpp"
#include "meta_fields.hpp"

namespace news::html {
namespace {

constexpr double kChromeKeepShare = 0.5;  // chrome holding this much of the text stays
constexpr int kMinParagraphChars = 25;    // shorter blocks do not vote for containers
constexpr int kAncestorLevels = 5;
constexpr std::size_t kTopCandidates = 5;
constexpr double kAlternativeShare = 0.75;
constexpr int kMinAlternatives = 3;
constexpr double kSiblingShare = 0.2;
constexpr int kSmallWinnerBytes = 1000;  // a winner with less text may give way ...
constexpr int kLargerTextFactor = 3;     // ... to a candidate with this many times its text,
constexpr double kMaxAlternativeLinkDensity = 0.4;  // few links
constexpr double kLargerScoreShare = 0.5;           // and half its score
constexpr int kMinHeaderParagraphBytes = 300;       // a <header> with more <p> text is content
constexpr std::size_t kMinBodyBytes = 150;          // a shorter body is retried keeping chrome
constexpr std::size_t kMinLeadBytes = 40;           // a lead element's text, at least ...
constexpr std::size_t kMaxLeadBytes = 1200;         // ... and at most

struct NodeStats {
  int text = 0;   // non-space bytes of text
  int links = 0;  // ... of which inside links
  int commas = 0;
  int inline_text = 0;  // text of direct text children and inline element children
  int para = 0;         // non-link text inside <p> and <pre>
};

bool is_space_byte(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

void count_text(std::string_view text, NodeStats& s) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    s.text += is_space_byte(c) ? 0 : 1;
    s.commas += c == ',' ? 1 : 0;
    // U+FF0C FULLWIDTH COMMA and U+3001 IDEOGRAPHIC COMMA
    if ((text.substr(i, 3) == "\xEF\xBC\x8C") || (text.substr(i, 3) == "\xE3\x80\x81")) {
      ++s.commas;
    }
  }
}

double link_density(const NodeStats& s) {
  return s.text == 0 ? 0.0 : static_cast<double>(s.links) / s.text;
}

int tag_weight(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_ARTICLE:
      return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_MAIN:
      return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
      return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
      return -5;
    default:
      return 0;
  }
}

std::size_t text_bytes(const std::vector<std::string>& paragraphs) {
  std::size_t bytes = 0;
  for (const std::string& p : paragraphs) {
    bytes += p.size();
  }
  return bytes;
}

class Extractor {
 public:
  // With `keep_chrome`, only invisible elements are removed.
  Extractor(const HtmlDocument& doc, bool keep_chrome)
      : m_doc(doc),
        m_removed(static_cast<std::size_t>(doc.size()), 0),
        m_keep_chrome(keep_chrome) {}

  ExtractedContent run();

 private:
  void mark_removed();
  void compute_stats();
  void score_paragraphs();
  void add_score(int node, double points);
  int choose_container() const;
  int larger_alternative(const std::vector<int>& ranked) const;
  int shared_ancestor(int top, const std::vector<int>& ranked) const;
  std::vector<int> with_siblings(int top) const;
  bool is_plain_paragraph(int i) const;
  int lead_before(int container, const std::vector<int>& chosen) const;
  std::vector<std::string> render_lead(int lead) const;

  bool removed(int i) const { return m_removed[static_cast<std::size_t>(i)] != 0; }
  const NodeStats& stats(int i) const { return m_stats[static_cast<std::size_t>(i)]; }
  double final_score(int i) const {
    return m_score[static_cast<std::size_t>(i)] * (1.0 - link_density(stats(i)));
  }

  const HtmlDocument& m_doc;
  std::vector<char> m_removed;
  std::vector<NodeStats> m_stats;
  std::vector<double> m_score;
  std::vector<char> m_candidate;
  bool m_keep_chrome = false;
};

// Removes invisible elements, then chrome that holds less than half the page's text.
void Extractor::mark_removed() {
  std::vector<Boilerplate> kind(static_cast<std::size_t>(m_doc.size()), Boilerplate::kNone);
  for (int i = 0; i < m_doc.size(); ++i) {
    kind[static_cast<std::size_t>(i)] = boilerplate_kind(m_doc, i);
    const int parent = m_doc.node(i).parent;
    m_removed[static_cast<std::size_t>(i)] =
        (parent >= 0 && removed(parent)) ||
        kind[static_cast<std::size_t>(i)] == Boilerplate::kInvisible;
  }
  compute_stats();
  const NodeStats& all = stats(0);
  const bool by_para = all.para >= 500;
  const double keep_at = kChromeKeepShare * (by_para ? all.para : all.text);
  for (int i = 0; i < m_doc.size(); ++i) {
    const int parent = m_doc.node(i).parent;
    if (parent >= 0 && removed(parent)) {
      m_removed[static_cast<std::size_t>(i)] = 1;
    } else if (!m_keep_chrome && kind[static_cast<std::size_t>(i)] == Boilerplate::kChrome &&
               (by_para ? stats(i).para : stats(i).text) < keep_at &&
               !(m_doc.tag(i) == GUMBO_TAG_HEADER && stats(i).para >= kMinHeaderParagraphBytes)) {
      m_removed[static_cast<std::size_t>(i)] = 1;
    }
  }
}

void Extractor::compute_stats() {
  m_stats.assign(static_cast<std::size_t>(m_doc.size()), NodeStats{});
  for (int i = m_doc.size() - 1; i >= 0; --i) {
    if (removed(i)) {
      continue;
    }
    const DomNode& n = m_doc.node(i);
    NodeStats& s = m_stats[static_cast<std::size_t>(i)];
    if (n.is_text) {
      count_text(m_doc.text(i), s);
      s.inline_text = s.text;
    } else if (n.tag == GUMBO_TAG_A) {
      s.links = s.text;
    } else if (n.tag == GUMBO_TAG_P || n.tag == GUMBO_TAG_PRE) {
      s.para = s.text - s.links;
    }
    if (n.parent < 0) {
      continue;
    }
    NodeStats& p = m_stats[static_cast<std::size_t>(n.parent)];
    p.text += s.text;
    p.links += s.links;
    p.commas += s.commas;
    p.para += n.tag == GUMBO_TAG_P || n.tag == GUMBO_TAG_PRE ? s.text - s.links : s.para;
    p.inline_text += n.is_text || !is_block_tag(n.tag) ? s.text : 0;
  }
}

void Extractor::add_score(int node, double points) {
  const auto k = static_cast<std::size_t>(node);
  if (!m_candidate[k]) {
    m_candidate[k] = 1;
    m_score[k] = tag_weight(m_doc.tag(node)) + class_weight(m_doc, node);
    if (to_lower(m_doc.attribute(node, "itemprop")) == "articlebody") {
      m_score[k] += 25;
    }
  }
  m_score[k] += points;
}

void Extractor::score_paragraphs() {
  m_score.assign(static_cast<std::size_t>(m_doc.size()), 0.0);
  m_candidate.assign(static_cast<std::size_t>(m_doc.size()), 0);
  for (int i = 0; i < m_doc.size(); ++i) {
    if (removed(i)) {
      i = m_doc.node(i).end - 1;
      continue;
    }
    const NodeStats& s = stats(i);
    if (m_doc.node(i).is_text || !is_block_tag(m_doc.tag(i)) ||
        s.inline_text < kMinParagraphChars) {
      continue;
    }
    const double points = 1.0 + s.commas + std::min(s.inline_text / 100.0, 3.0);
    int ancestor = m_doc.node(i).parent;
    for (int level = 0; ancestor >= 0 && level < kAncestorLevels; ++level) {
      const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
      add_score(ancestor, points / divider);
      ancestor = m_doc.node(ancestor).parent;
    }
  }
}

int Extractor::shared_ancestor(int top, const std::vector<int>& ranked) const {
  std::vector<int> alternatives;
  for (int c : ranked) {
    if (c != top && final_score(c) >= kAlternativeShare * final_score(top)) {
      alternatives.push_back(c);
    }
  }
  if (static_cast<int>(alternatives.size()) < kMinAlternatives) {
    return top;
  }
  for (int a = m_doc.node(top).parent; a >= 0; a = m_doc.node(a).parent) {
    const int inside =
        static_cast<int>(std::count_if(alternatives.begin(), alternatives.end(),
                                       [&](int c) { return c > a && c < m_doc.node(a).end; }));
    if (inside >= kMinAlternatives) {
      return a;
    }
  }
  return top;
}

// A winner with little text (a notice, a teaser box whose class words score) gives way
// to the best other top candidate that holds several times its text, is mostly not links
// and more paragraph text than the winner has text, and scores at least half as much.
int Extractor::larger_alternative(const std::vector<int>& ranked) const {
  const int top = ranked.front();
  if (stats(top).text >= kSmallWinnerBytes) {
    return top;
  }
  for (int c : ranked) {
    if (c != top && m_doc.tag(c) != GUMBO_TAG_BODY && stats(c).para >= stats(top).text &&
        stats(c).text >= kLargerTextFactor * stats(top).text &&
        link_density(stats(c)) < kMaxAlternativeLinkDensity &&
        final_score(c) >= kLargerScoreShare * final_score(top)) {
      return c;
    }
  }
  return top;
}

int Extractor::choose_container() const {
  std::vector<int> ranked;
  for (int i = 0; i < m_doc.size(); ++i) {
    if (m_candidate[static_cast<std::size_t>(i)] && !removed(i)) {
      ranked.push_back(i);
    }
  }
  if (ranked.empty()) {
    const int body = m_doc.find_first(GUMBO_TAG_BODY);
    return body >= 0 ? body : 0;
  }
  const std::size_t n = std::min(kTopCandidates, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(n), ranked.end(),
                    [&](int a, int b) { return final_score(a) > final_score(b); });
  ranked.resize(n);
  ranked.front() = larger_alternative(ranked);
  return shared_ancestor(ranked.front(), ranked);
}

bool Extractor::is_plain_paragraph(int i) const {
  if (m_doc.tag(i) != GUMBO_TAG_P) {
    return false;
  }
  const NodeStats& s = stats(i);
  const double density = link_density(s);
  if (s.text > 80) {
    return density < 0.25;
  }
  if (s.text == 0 || density > 0.0) {
    return false;
  }
  const std::string text = m_doc.text_content(i);
  return !text.empty() && (text.back() == '.' || text.back() == '!' || text.back() == '?');
}

std::vector<int> Extractor::with_siblings(int top) const {
  const int parent = m_doc.node(top).parent;
  if (parent < 0 || m_doc.tag(top) == GUMBO_TAG_BODY) {
    return {top};
  }
  const double threshold = std::max(10.0, final_score(top) * kSiblingShare);
  std::vector<int> chosen;
  for (int c : m_doc.children(parent)) {
    if (removed(c)) {
      continue;
    }
    const bool scored = m_candidate[static_cast<std::size_t>(c)] && final_score(c) >= threshold;
    if (c == top || scored || is_plain_paragraph(c)) {
      chosen.push_back(c);
    }
  }
  return chosen;
}

ExtractedContent Extractor::run() {
  mark_removed();
  compute_stats();
  score_paragraphs();
  ExtractedContent out;
  out.container = choose_container();
  BlockRenderer renderer(m_doc, m_removed);
  const std::vector<int> chosen = with_siblings(out.container);
  for (int node : chosen) {
    renderer.render(node);
  }
  out.paragraphs = renderer.take();
  const int lead = lead_before(out.container, chosen);
  if (lead >= 0) {
    std::vector<std::string> paragraphs = render_lead(lead);
    for (std::string& p : out.paragraphs) {
      if (paragraphs.empty() || p != paragraphs.back()) {
        paragraphs.push_back(std::move(p));
      }
    }
    out.paragraphs = std::move(paragraphs);
  }
  return out;
}

// The article's lead when the container left it out: the last element between the last
// <h1> before the container and the container (not around it, not chosen, not chrome)
// whose text is paragraph-sized and that is a <p> next to the <h1> or has a class/id that
// marks a lead. -1 when there is none.
int Extractor::lead_before(int container, const std::vector<int>& chosen) const {
  if (container < 0 || chosen.empty()) {
    return -1;
  }
  int h1 = -1;
  for (int i = 0; i < chosen.front(); ++i) {
    h1 = m_doc.tag(i) == GUMBO_TAG_H1 ? i : h1;
  }
  if (h1 < 0) {
    return -1;
  }
  int lead = -1;
  for (int i = m_doc.node(h1).end; i < chosen.front(); ++i) {
    const bool after_h1 =
        m_doc.node(i).parent == m_doc.node(h1).parent && m_doc.tag(i) == GUMBO_TAG_P;
    if (m_doc.node(i).is_text || m_doc.node(i).end > chosen.front() ||
        !(after_h1 || is_lead_element(m_doc, i)) ||
        boilerplate_kind(m_doc, i) != Boilerplate::kNone) {
      continue;
    }
    const std::string text = m_doc.text_content(i);
    if (text.size() >= kMinLeadBytes && text.size() <= kMaxLeadBytes) {
      lead = i;
      i = m_doc.node(i).end - 1;
    }
  }
  return lead;
}

// The lead's paragraphs, even when it sits in chrome (a <header>).
std::vector<std::string> Extractor::render_lead(int lead) const {
  std::vector<char> removed = m_removed;
  for (int k = lead; k < m_doc.node(lead).end; ++k) {
    removed[static_cast<std::size_t>(k)] =
        !m_doc.node(k).is_text && is_invisible_tag(m_doc.tag(k)) ? 1 : 0;
  }
  BlockRenderer renderer(m_doc, removed);
  renderer.render(lead);
  return renderer.take();
}

}  // namespace

ExtractedContent extract_content(const HtmlDocument& doc) {
  ExtractedContent content = Extractor(doc, false).run();
  if (text_bytes(content.paragraphs) >= kMinBodyBytes) {
    return content;
  }
  // Chrome rules can empty a page whose article sits in elements with chrome-like classes
  // (page builders' "widget"s, CMS taxonomy classes): then the scoring alone decides.
  ExtractedContent fallback = Extractor(doc, true).run();
  return text_bytes(fallback.paragraphs) > text_bytes(content.paragraphs) ? fallback : content;
}

}  // namespace news::html
