#include "meta_fields.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace news::html {
namespace {

void read_meta_tag(const HtmlDocument& doc, int i, PageMeta& meta) {
  const std::string_view content = doc.attribute(i, "content");
  if (content.empty()) {
    return;
  }
  for (const char* key_attr : {"property", "name", "itemprop", "http-equiv"}) {
    const std::string_view key = doc.attribute(i, key_attr);
    if (!key.empty()) {
      meta.tags.emplace_back(to_lower(collapse_space(key)), collapse_space(content));
      return;
    }
  }
}

void read_script(const HtmlDocument& doc, int i, PageMeta& meta) {
  if (to_lower(doc.attribute(i, "type")).find("ld+json") == std::string::npos) {
    return;
  }
  for (int k = i + 1; k < doc.node(i).end; ++k) {
    if (doc.node(k).is_text) {
      meta.json_ld.push_back(doc.text(k));
    }
  }
}

}  // namespace

std::string to_lower(std::string_view value) {
  std::string out(value);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool has_token(std::string_view tokens, std::string_view token) {
  const std::string lowered = to_lower(tokens);
  std::size_t pos = 0;
  while (pos < lowered.size()) {
    const std::size_t end = std::min(lowered.find(' ', pos), lowered.size());
    if (std::string_view(lowered).substr(pos, end - pos) == token) {
      return true;
    }
    pos = end + 1;
  }
  return false;
}

std::string_view PageMeta::first(std::string_view key) const {
  for (const auto& [k, v] : tags) {
    if (k == key && !v.empty()) {
      return v;
    }
  }
  return {};
}

std::vector<std::string_view> PageMeta::all(std::string_view key) const {
  std::vector<std::string_view> out;
  for (const auto& [k, v] : tags) {
    if (k == key && !v.empty()) {
      out.push_back(v);
    }
  }
  return out;
}

PageMeta read_page_meta(const HtmlDocument& doc) {
  PageMeta meta;
  for (int i = 0; i < doc.size(); ++i) {
    switch (doc.tag(i)) {
      case GUMBO_TAG_META:
        read_meta_tag(doc, i, meta);
        break;
      case GUMBO_TAG_TITLE:
        if (meta.title.empty()) {
          meta.title = doc.text_content(i);
        }
        break;
      case GUMBO_TAG_LINK:
        if (meta.canonical.empty() && has_token(doc.attribute(i, "rel"), "canonical")) {
          meta.canonical = collapse_space(doc.attribute(i, "href"));
        } else if (meta.alternate.empty() && (has_token(doc.attribute(i, "rel"), "alternate") ||
                                              has_token(doc.attribute(i, "rel"), "shortlink"))) {
          const std::string href = collapse_space(doc.attribute(i, "href"));
          meta.alternate = href.starts_with("http") ? href : std::string();
        }
        break;
      case GUMBO_TAG_HTML:
        meta.language = collapse_space(doc.attribute(i, "lang"));
        break;
      case GUMBO_TAG_SCRIPT:
        read_script(doc, i, meta);
        break;
      default:
        break;
    }
  }
  return meta;
}

namespace {

void append_utf8(std::string& out, unsigned long cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// The code point of the character reference `ref` ("#8222", "#x201C", "amp"), or 0.
unsigned long entity_code_point(std::string_view ref) {
  constexpr std::pair<std::string_view, unsigned long> kNamed[] = {
      {"amp", '&'}, {"quot", '"'}, {"apos", '\''}, {"lt", '<'}, {"gt", '>'}, {"nbsp", ' '}};
  if (ref.starts_with("#")) {
    const bool hex = ref.size() > 1 && (ref[1] == 'x' || ref[1] == 'X');
    const std::string digits(ref.substr(hex ? 2 : 1));
    const unsigned long cp = std::strtoul(digits.c_str(), nullptr, hex ? 16 : 10);
    return cp > 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF) ? cp : 0;
  }
  for (const auto& [name, cp] : kNamed) {
    if (ref == name) {
      return cp;
    }
  }
  return 0;
}

}  // namespace

std::string decode_entities(std::string_view text) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t semi = text[pos] == '&' ? text.find(';', pos) : std::string_view::npos;
    const unsigned long cp = semi != std::string_view::npos && semi - pos <= 10
                                 ? entity_code_point(text.substr(pos + 1, semi - pos - 1))
                                 : 0;
    if (cp == 0) {
      out.push_back(text[pos++]);
      continue;
    }
    append_utf8(out, cp);
    pos = semi + 1;
  }
  return out;
}

}  // namespace news::html
