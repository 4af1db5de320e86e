#include "item_limits.hpp"

#include <cstdio>
#include <string_view>

#include "utf8_cut.hpp"

namespace news {
namespace {

constexpr std::size_t kLineSearchBytes = 64 * 1024;

}  // namespace

std::string size_text(std::uint64_t bytes) {
  static constexpr const char* kUnits[] = {"B", "KB", "MB", "GB", "TB"};
  double value = static_cast<double>(bytes);
  std::size_t unit = 0;
  while (value >= 1024 && unit + 1 < std::size(kUnits)) {
    value /= 1024;
    ++unit;
  }
  char text[32];
  const bool whole = unit == 0 || value >= 10 || value == static_cast<double>(std::uint64_t(value));
  std::snprintf(text, sizeof text, whole ? "%.0f %s" : "%.1f %s", value, kUnits[unit]);
  return text;
}

std::size_t article_cut(std::string_view bytes, std::size_t max) {
  if (bytes.size() <= max) {
    return bytes.size();
  }
  const std::size_t from = max > kLineSearchBytes ? max - kLineSearchBytes : 0;
  const std::size_t newline = bytes.substr(0, max).rfind('\n');
  if (newline != bytes.npos && newline >= from) {
    return newline + 1;
  }
  return utf8_cut(bytes, max);
}

std::string cut_warning(std::uint64_t total, std::size_t kept, bool total_known) {
  return (total_known ? "larger than " + size_text(kept) + " (" + size_text(total) + ")"
                      : "larger than " + size_text(kept) + " when decompressed") +
         ": only the first " + size_text(kept) + " indexed (--max-article-bytes)";
}

std::string cap_article_body(Article& article, std::size_t max) {
  if (article.body.size() <= max) {
    return {};
  }
  const std::size_t total = article.body.size();
  article.body.resize(article_cut(article.body, max));
  article.body.shrink_to_fit();
  return "article " + article.id + ": body " + cut_warning(total, max, true);
}

}  // namespace news
