#include "markup_filter.hpp"

#include <array>
#include <cctype>

namespace news::html {
namespace {

constexpr std::array<std::string_view, 3> kEmptiedElements = {"script", "style", "svg"};

char lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

bool starts_with_nocase(std::string_view text, std::size_t pos, std::string_view word) {
  if (pos + word.size() > text.size()) {
    return false;
  }
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (lower(text[pos + i]) != word[i]) {
      return false;
    }
  }
  return true;
}

std::size_t find_nocase(std::string_view text, std::string_view word, std::size_t from) {
  for (std::size_t pos = text.find('<', from); pos != text.npos; pos = text.find('<', pos + 1)) {
    if (starts_with_nocase(text, pos, word)) {
      return pos;
    }
  }
  return text.npos;
}

// The element name of kEmptiedElements that a tag starting at `lt` opens, or "".
std::string_view emptied_element_at(std::string_view text, std::size_t lt) {
  for (std::string_view name : kEmptiedElements) {
    const std::size_t after = lt + 1 + name.size();
    if (starts_with_nocase(text, lt + 1, name) && after < text.size() &&
        !std::isalnum(static_cast<unsigned char>(text[after])) && text[after] != '-') {
      return name;
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

}  // namespace

std::string strip_invisible_markup(std::string_view markup) {
  std::string out;
  out.reserve(markup.size());
  std::size_t pos = 0;
  while (pos < markup.size()) {
    const std::size_t lt = markup.find('<', pos);
    if (lt == markup.npos) {
      break;
    }
    out.append(markup.substr(pos, lt - pos));
    pos = lt;
    if (markup.substr(lt, 4) == "<!--") {
      const std::size_t close = markup.find("-->", lt + 4);
      pos = close == markup.npos ? markup.size() : close + 3;
      continue;
    }
    const std::string_view name = emptied_element_at(markup, lt);
    const std::size_t gt = name.empty() ? markup.npos : markup.find('>', lt);
    const std::string closing = "</" + std::string(name);
    const std::size_t close = gt == markup.npos ? markup.npos : find_nocase(markup, closing, gt);
    if (close == markup.npos) {
      out.push_back('<');
      ++pos;
      continue;
    }
    const std::string_view open_tag = markup.substr(lt, gt + 1 - lt);
    out.append(is_json_ld(open_tag) ? markup.substr(lt, close - lt) : open_tag);
    pos = close;  // the closing tag is copied by the next round
  }
  out.append(markup.substr(pos));
  return out;
}

}  // namespace news::html
