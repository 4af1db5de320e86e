#include "page_regions.hpp"

#include <algorithm>

#include "meta_fields.hpp"

namespace news::html {
namespace {

constexpr std::size_t kMaxHeadings = 5;
constexpr std::size_t kAfterHeadlineBytes = 600;
constexpr std::size_t kBeforeHeadlineBytes = 200;

std::size_t visible_bytes(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return c != ' ' && c != '\n' && c != '\t' && c != '\r';
  }));
}

}  // namespace

std::vector<bool> near_headlines(const HtmlDocument& doc) {
  std::vector<bool> near(static_cast<std::size_t>(doc.size()), false);
  std::size_t headings = 0;
  for (int h = 0; h < doc.size() && headings < kMaxHeadings; ++h) {
    if (doc.node(h).is_text || doc.tag(h) != GUMBO_TAG_H1) {
      continue;
    }
    ++headings;
    std::size_t bytes = 0;
    for (int k = doc.node(h).end; k < doc.size() && bytes < kAfterHeadlineBytes; ++k) {
      near[static_cast<std::size_t>(k)] = true;
      bytes += visible_bytes(doc.text(k));
    }
    bytes = 0;
    for (int k = h - 1; k >= 0 && bytes < kBeforeHeadlineBytes; --k) {
      near[static_cast<std::size_t>(k)] = true;
      bytes += visible_bytes(doc.text(k));
    }
  }
  return near;
}

namespace {

// Whether a class/id token marks a comment thread: one of its parts (split at '-', '_') starts
// with "comment" ("comments", "comment-list", "wp-comment", microformats' "u-comment") or is
// "respond" or "responses". Not "comments-open", which themes put on the post itself, nor a
// taxonomy class ("category-comment", "tag-comments").
bool comment_token(std::string_view token) {
  if (token.starts_with("category-") || token.starts_with("tag-") || token.ends_with("-open") ||
      token.ends_with("-closed")) {
    return false;
  }
  for (std::size_t pos = 0; pos < token.size();) {
    const std::size_t end = std::min(token.find_first_of("-_", pos), token.size());
    const std::string_view part = token.substr(pos, end - pos);
    if (part.starts_with("comment") || part == "respond" || part == "responses") {
      return true;
    }
    pos = end + 1;
  }
  return false;
}

}  // namespace

bool in_comments(const HtmlDocument& doc, int i) {
  for (int p = i; p >= 0; p = doc.node(p).parent) {
    if (doc.tag(p) == GUMBO_TAG_BODY || doc.tag(p) == GUMBO_TAG_HTML) {
      return false;
    }
    if (to_lower(doc.attribute(p, "itemtype")).ends_with("/comment")) {
      return true;
    }
    const std::string words =
        to_lower(doc.attribute(p, "class")) + " " + to_lower(doc.attribute(p, "id"));
    for (std::size_t pos = 0; pos < words.size();) {
      const std::size_t end = std::min(words.find(' ', pos), words.size());
      if (comment_token(std::string_view(words).substr(pos, end - pos))) {
        return true;
      }
      pos = end + 1;
    }
  }
  return false;
}

}  // namespace news::html
