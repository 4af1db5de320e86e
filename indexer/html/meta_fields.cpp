#include "meta_fields.hpp"

#include <algorithm>
#include <cctype>

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

}  // namespace news::html
