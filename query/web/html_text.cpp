#include "html_text.hpp"

#include "markup_text.hpp"
#include "search_result.hpp"

namespace news::web {

std::string escape_html(std::string_view text) {
  return escape_markup(text);
}

std::string highlighted_html(std::string_view snippet) {
  std::string out;
  bool open = false;
  std::size_t from = 0;
  for (std::size_t i = 0; i <= snippet.size(); ++i) {
    const bool end = i == snippet.size();
    if (!end && snippet[i] != kHighlightStart && snippet[i] != kHighlightEnd) {
      continue;
    }
    out += escape_html(snippet.substr(from, i - from));
    from = i + 1;
    if (end) {
      break;
    }
    const bool start = snippet[i] == kHighlightStart;
    if (start != open) {
      out += start ? "<mark>" : "</mark>";
      open = start;
    }
  }
  return open ? out + "</mark>" : out;
}

std::string url_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (alnum || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(c);
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 0xF];
    }
  }
  return out;
}

std::string safe_link(std::string_view url) {
  std::string lower;
  for (const char c : url.substr(0, 8)) {
    lower.push_back(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
  }
  const bool web = lower.starts_with("http://") || lower.starts_with("https://");
  const bool clean =
      url.find_first_of(std::string_view(" \t\r\n\"'<>\\`\0", 10)) == std::string_view::npos;
  return web && clean && url.size() > lower.find("//") + 2 ? std::string(url) : std::string();
}

}  // namespace news::web
