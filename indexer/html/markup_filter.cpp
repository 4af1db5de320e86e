#include "markup_filter.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace news::html {
namespace {

constexpr std::array<std::string_view, 5> kEmptiedElements = {"script", "style", "svg", "noscript",
                                                              "template"};

constexpr std::array<std::string_view, 18> kKeptAttributes = {
    "class", "id",       "itemprop", "property", "name",       "content",
    "rel",   "type",     "lang",     "role",     "hidden",     "aria-hidden",
    "style", "datetime", "pubdate",  "charset",  "http-equiv", "itemtype"};

char lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

bool is_alpha(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0;
}

bool equals_nocase(std::string_view text, std::string_view lower_word) {
  if (text.size() != lower_word.size()) {
    return false;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (lower(text[i]) != lower_word[i]) {
      return false;
    }
  }
  return true;
}

// The position of "</word" (any case) at or after `from`, or npos.
std::size_t find_closing(std::string_view text, std::string_view word, std::size_t from) {
  for (std::size_t pos = text.find("</", from); pos != text.npos; pos = text.find("</", pos + 2)) {
    if (equals_nocase(text.substr(pos + 2, word.size()), word)) {
      return pos;
    }
  }
  return text.npos;
}

bool keeps_attribute(std::string_view tag, std::string_view name) {
  if (equals_nocase(name, "href")) {
    return equals_nocase(tag, "link");
  }
  if (equals_nocase(name, "title")) {
    return !equals_nocase(tag, "a") && !equals_nocase(tag, "img");
  }
  for (std::string_view kept : kKeptAttributes) {
    if (equals_nocase(name, kept)) {
      return true;
    }
  }
  return false;
}

// The end of an attribute value starting at `pos` (quoted or not).
std::size_t value_end(std::string_view text, std::size_t pos) {
  if (pos < text.size() && (text[pos] == '"' || text[pos] == '\'')) {
    const std::size_t close = text.find(text[pos], pos + 1);
    return close == text.npos ? text.npos : close + 1;
  }
  while (pos < text.size() && !is_space(text[pos]) && text[pos] != '>') {
    ++pos;
  }
  return pos;
}

std::size_t skip_space(std::string_view text, std::size_t pos) {
  while (pos < text.size() && is_space(text[pos])) {
    ++pos;
  }
  return pos;
}

// One attribute starting at `pos`: appended to `out` when kept; returns the position after
// it, or npos when the page ends inside it.
std::size_t copy_attribute(std::string_view text, std::string_view tag, std::size_t pos,
                           std::string& out) {
  const std::size_t start = pos;
  while (pos < text.size() && !is_space(text[pos]) && text[pos] != '/' && text[pos] != '>' &&
         (text[pos] != '=' || pos == start)) {
    ++pos;
  }
  const std::string_view name = text.substr(start, pos - start);
  std::size_t end = pos;
  const std::size_t eq = skip_space(text, pos);
  if (eq < text.size() && text[eq] == '=') {
    end = value_end(text, skip_space(text, eq + 1));
    if (end == text.npos) {
      return text.npos;
    }
  }
  if (keeps_attribute(tag, name)) {
    out.push_back(' ');
    out.append(text.substr(start, end - start));
  }
  return end;
}

// Copies the start tag at `lt` with only the kept attributes; returns the position after
// its '>', or npos when the page ends inside the tag.
std::size_t copy_start_tag(std::string_view text, std::size_t lt, std::string_view& name,
                           std::string& out) {
  std::size_t pos = lt + 1;
  while (pos < text.size() && !is_space(text[pos]) && text[pos] != '/' && text[pos] != '>') {
    ++pos;
  }
  name = text.substr(lt + 1, pos - lt - 1);
  const std::size_t mark = out.size();
  out.append(text.substr(lt, pos - lt));
  while (pos != text.npos) {
    pos = skip_space(text, pos);
    if (pos >= text.size()) {
      break;
    }
    if (text[pos] == '>') {
      out.push_back('>');
      return pos + 1;
    }
    if (text[pos] == '/') {
      ++pos;
      if (pos < text.size() && text[pos] == '>') {
        out.append("/>");
        return pos + 1;
      }
      continue;
    }
    pos = copy_attribute(text, name, pos, out);
  }
  out.resize(mark);
  return text.npos;
}

// Deeper nesting than this is flattened: HTML parsers take time quadratic in the depth of
// the tree, and no article needs more.
constexpr std::size_t kMaxDepth = 256;

// Elements that never hold children, and elements whose start tag closes the previous one
// of their kind (or that an ancestor's end closes): neither adds depth to the tree.
constexpr std::array<std::string_view, 31> kFlatElements = {
    "area", "base", "br",    "col",    "embed",  "hr",       "img",     "input",
    "link", "meta", "param", "source", "track",  "wbr",      "p",       "li",
    "dt",   "dd",   "tr",    "td",     "th",     "tbody",    "thead",   "tfoot",
    "rb",   "rt",   "rp",    "rtc",    "option", "optgroup", "colgroup"};

// Elements whose start tag ends an open element of the same name (no nesting).
constexpr std::array<std::string_view, 3> kNoSelfNesting = {"a", "nobr", "button"};

std::string lowered(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), lower);
  return out;
}

template <std::size_t N>
bool is_one_of(std::string_view name, const std::array<std::string_view, N>& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Follows the nesting of elements as a parser would, roughly, and decides which tags to
// keep so that the tree stays at most kMaxDepth deep; their text is always kept.
class NestingBound {
 public:
  // False when the start tag of `name` is to be dropped.
  bool open(std::string_view raw_name) {
    const std::string name = lowered(raw_name);
    if (is_one_of(name, kFlatElements)) {
      return true;
    }
    if (is_one_of(name, kNoSelfNesting)) {
      close_open(name);
    }
    if (m_open.size() >= kMaxDepth) {
      ++m_dropped;
      return false;
    }
    m_open.push_back(name);
    return true;
  }

  // False when the end tag of `name` belongs to a dropped start tag.
  bool close(std::string_view raw_name) {
    if (is_one_of(lowered(raw_name), kFlatElements)) {
      return true;
    }
    if (m_dropped > 0) {
      --m_dropped;
      return false;
    }
    close_open(lowered(raw_name));
    return true;
  }

 private:
  // Pops the innermost open element named `name` and those inside it, if there is one.
  void close_open(const std::string& name) {
    const auto found = std::find(m_open.rbegin(), m_open.rend(), name);
    if (found != m_open.rend()) {
      m_open.erase(std::prev(found.base()), m_open.end());
    }
  }

  std::vector<std::string> m_open;
  std::size_t m_dropped = 0;
};

// What the pass has learnt so far.
struct FilterState {
  NestingBound nesting;
  // Emptied elements with no closing tag after some point: not searched for again, so that
  // many unclosed <script> tags cost linear time.
  std::vector<std::string_view> unclosed;
};

std::string_view emptied_element(std::string_view name) {
  for (std::string_view emptied : kEmptiedElements) {
    if (equals_nocase(name, emptied)) {
      return emptied;
    }
  }
  return {};
}

bool is_json_ld(std::string_view open_tag) {
  std::string lowered(open_tag);
  for (char& c : lowered) {
    c = lower(c);
  }
  return lowered.find("ld+json") != std::string::npos;
}

// Handles the start tag at `lt` (already known to open an element); returns where to go on.
std::size_t filter_element(std::string_view text, std::size_t lt, FilterState& state,
                           std::string& out) {
  std::string_view name;
  const std::size_t tag_start = out.size();
  const std::size_t after = copy_start_tag(text, lt, name, out);
  if (after == text.npos) {
    out.append(text.substr(lt));
    return text.size();
  }
  if (!state.nesting.open(name)) {
    out.resize(tag_start);
  }
  const std::string_view emptied = emptied_element(name);
  if (emptied.empty() || (emptied == "svg" && text[after - 2] == '/')) {
    return after;
  }
  if (std::find(state.unclosed.begin(), state.unclosed.end(), emptied) != state.unclosed.end()) {
    return after;
  }
  const std::size_t close = find_closing(text, emptied, after);
  if (close == text.npos) {
    state.unclosed.push_back(emptied);
    return after;
  }
  if (emptied == "script" && is_json_ld(std::string_view(out).substr(tag_start))) {
    out.append(text.substr(after, close - after));
  }
  return close;  // the closing tag is copied by the next round
}

// Copies up to and including the next '>' from `pos`; returns the position after it.
std::size_t copy_through_gt(std::string_view text, std::size_t pos, std::string& out) {
  const std::size_t gt = text.find('>', pos);
  const std::size_t end = gt == text.npos ? text.size() : gt + 1;
  out.append(text.substr(pos, end - pos));
  return end;
}

// The end tag at `lt` ("</name ...>"): copied unless its start tag was dropped.
std::size_t filter_end_tag(std::string_view text, std::size_t lt, NestingBound& nesting,
                           std::string& out) {
  std::size_t name_end = lt + 2;
  while (name_end < text.size() && !is_space(text[name_end]) && text[name_end] != '/' &&
         text[name_end] != '>') {
    ++name_end;
  }
  if (name_end == lt + 2 || nesting.close(text.substr(lt + 2, name_end - lt - 2))) {
    return copy_through_gt(text, lt, out);
  }
  const std::size_t gt = text.find('>', lt);
  return gt == text.npos ? text.size() : gt + 1;
}

// Appends text between tags with each run of white space cut to one character (a new line
// when the run holds one): the renderer collapses white space anyway, and the parser pays
// per byte.
void append_text(std::string_view text, std::string& out) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t run = pos;
    while (run < text.size() && !is_space(text[run])) {
      ++run;
    }
    out.append(text.substr(pos, run - pos));
    if (run == text.size()) {
      break;
    }
    const std::size_t end = skip_space(text, run);
    const bool newline = text.substr(run, end - run).find('\n') != text.npos;
    out.push_back(end - run == 1 ? text[run] : (newline ? '\n' : ' '));
    pos = end;
  }
}

}  // namespace

std::string strip_invisible_markup(std::string_view markup) {
  std::string out;
  out.reserve(markup.size() / 2 + 64);
  std::size_t pos = 0;
  FilterState state;
  while (pos < markup.size()) {
    const std::size_t lt = markup.find('<', pos);
    if (lt == markup.npos || lt + 1 >= markup.size()) {
      break;
    }
    append_text(markup.substr(pos, lt - pos), out);
    const char next = markup[lt + 1];
    if (markup.substr(lt, 4) == "<!--") {
      const std::size_t close = markup.find("-->", lt + 4);
      pos = close == markup.npos ? markup.size() : close + 3;
    } else if (is_alpha(next)) {
      pos = filter_element(markup, lt, state, out);
    } else if (next == '/') {
      pos = filter_end_tag(markup, lt, state.nesting, out);
    } else if (next == '!' || next == '?') {
      pos = copy_through_gt(markup, lt, out);
    } else {
      out.push_back('<');
      pos = lt + 1;
    }
  }
  out.append(markup.substr(pos));
  return out;
}

}  // namespace news::html
