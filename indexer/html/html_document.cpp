#include "html_document.hpp"

#include <algorithm>
#include <cstdlib>

#include "markup_filter.hpp"

namespace news::html {

// Gumbo allocates many small blocks and frees them one by one; a bump allocator that
// frees everything at once makes parsing about a third faster.
struct HtmlDocument::Arena {
  static constexpr std::size_t kBlockSize = std::size_t{1} << 20;

  std::vector<std::unique_ptr<char[]>> blocks;
  std::size_t used = 0;
  std::size_t capacity = 0;

  void* allocate(std::size_t size) {
    size = (size + 15) & ~std::size_t{15};
    if (used + size > capacity) {
      capacity = std::max(size, kBlockSize);
      blocks.push_back(std::unique_ptr<char[]>(new char[capacity]));  // left uninitialised
      used = 0;
    }
    void* p = blocks.back().get() + used;
    used += size;
    return p;
  }
};

namespace {

void* arena_allocate(void* userdata, std::size_t size) {
  return static_cast<HtmlDocument::Arena*>(userdata)->allocate(size);
}

void arena_free(void* /*userdata*/, void* /*ptr*/) {}

bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

}  // namespace

HtmlDocument::HtmlDocument(std::string_view utf8)
    : m_arena(std::make_unique<Arena>()), m_markup(strip_invisible_markup(utf8)) {
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = arena_allocate;
  options.deallocator = arena_free;
  options.userdata = m_arena.get();
  options.max_errors = 0;
  m_output = gumbo_parse_with_options(&options, m_markup.data(), m_markup.size());
  flatten(m_output->root);
}

// Nothing to destroy: the arena owns every block gumbo allocated.
HtmlDocument::~HtmlDocument() = default;

void HtmlDocument::flatten(const GumboNode* root) {
  struct Pending {
    const GumboNode* node;
    int parent;
  };
  std::vector<Pending> stack{{root, -1}};
  while (!stack.empty()) {
    const Pending p = stack.back();
    stack.pop_back();
    DomNode n;
    n.gumbo = p.node;
    n.parent = p.parent;
    n.is_text = p.node->type != GUMBO_NODE_ELEMENT && p.node->type != GUMBO_NODE_TEMPLATE;
    n.tag = n.is_text ? GUMBO_TAG_UNKNOWN : p.node->v.element.tag;
    const int index = size();
    m_nodes.push_back(n);
    if (!n.is_text) {
      const GumboVector& kids = p.node->v.element.children;
      for (unsigned k = kids.length; k > 0; --k) {
        const auto* child = static_cast<const GumboNode*>(kids.data[k - 1]);
        if (child->type != GUMBO_NODE_COMMENT && child->type != GUMBO_NODE_DOCUMENT) {
          stack.push_back({child, index});
        }
      }
    }
  }
  for (int i = size() - 1; i >= 0; --i) {
    DomNode& n = m_nodes[static_cast<std::size_t>(i)];
    n.end = std::max(n.end, i + 1);
    if (n.parent >= 0) {
      DomNode& parent = m_nodes[static_cast<std::size_t>(n.parent)];
      parent.end = std::max(parent.end, n.end);
    }
  }
}

std::string_view HtmlDocument::attribute(int i, std::string_view name) const {
  const DomNode& n = node(i);
  if (n.is_text) {
    return {};
  }
  const GumboVector& attrs = n.gumbo->v.element.attributes;
  for (unsigned k = 0; k < attrs.length; ++k) {
    const auto* attr = static_cast<const GumboAttribute*>(attrs.data[k]);
    if (name == attr->name) {
      return attr->value;
    }
  }
  return {};
}

std::string_view HtmlDocument::text(int i) const {
  const DomNode& n = node(i);
  return n.is_text ? std::string_view(n.gumbo->v.text.text) : std::string_view();
}

std::string HtmlDocument::text_content(int i) const {
  std::string out;
  for (int k = i; k < node(i).end; ++k) {
    if (node(k).is_text) {
      append_collapsed(out, text(k));
    } else if (tag(k) == GUMBO_TAG_BR && !out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  while (!out.empty() && out.back() == ' ') {
    out.pop_back();
  }
  return out;
}

std::vector<int> HtmlDocument::children(int i) const {
  std::vector<int> out;
  for (int k = i + 1; k < node(i).end; k = node(k).end) {
    out.push_back(k);
  }
  return out;
}

int HtmlDocument::find_first(GumboTag wanted) const {
  for (int i = 0; i < size(); ++i) {
    if (tag(i) == wanted) {
      return i;
    }
  }
  return -1;
}

void append_collapsed(std::string& out, std::string_view text) {
  bool pending_space = !out.empty() && out.back() == ' ';
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool nbsp = c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
    if (is_space(c) || nbsp) {
      i += nbsp ? 1 : 0;
      if (!out.empty() && !pending_space) {
        out.push_back(' ');
        pending_space = true;
      }
      continue;
    }
    out.push_back(c);
    pending_space = false;
  }
}

std::string collapse_space(std::string_view text) {
  std::string out;
  append_collapsed(out, text);
  while (!out.empty() && out.back() == ' ') {
    out.pop_back();
  }
  return out;
}

}  // namespace news::html
