#include "title_detection.hpp"

#include <cctype>

#include "date_parser.hpp"
#include "text/ascii.hpp"
#include "utf8_cut.hpp"

namespace news {
namespace {

constexpr std::size_t kMaxHeadlineBytes = 250;
constexpr std::size_t kMinHeadlineWords = 2;
constexpr std::size_t kMaxHeadlineWords = 30;
// The headline is among the first lines of the story, not deep in the body.
constexpr std::size_t kOpeningLines = 6;

std::size_t count_words(std::string_view line) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : line) {
    const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    words += (!space && !in_word) ? 1 : 0;
    in_word = !space;
  }
  return words;
}

bool has_letters(std::string_view line) {
  for (unsigned char c : line) {
    if (std::isalpha(c) || c >= 0x80) {
      return true;
    }
  }
  return false;
}

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == line.npos;
}

}  // namespace

std::string byline_of(std::string_view line) {
  line = trim_spaces(line);
  if (!(line.starts_with("By ") || line.starts_with("BY ") || line.starts_with("by "))) {
    return {};
  }
  std::string_view name = trim_spaces(line.substr(3));
  const auto bar = name.find_first_of("|,\xE2");  // "By Jane Doe | Oct 29" / "— Reuters"
  if (bar != name.npos) {
    name = trim_spaces(name.substr(0, bar));
  }
  const std::size_t words = count_words(name);
  if (words == 0 || words > 8 || !std::isupper(static_cast<unsigned char>(name[0]))) {
    return {};
  }
  return std::string(name);
}

std::string_view strip_heading_marks(std::string_view line) {
  const std::size_t hashes = line.find_first_not_of('#');
  if (hashes == 0 || hashes == line.npos || hashes > 6 || line[hashes] != ' ') {
    return line;
  }
  return trim_spaces(line.substr(hashes));
}

bool looks_like_headline(std::string_view line) {
  line = trim_spaces(line);
  const std::size_t words = count_words(line);
  if (line.size() > kMaxHeadlineBytes || words < kMinHeadlineWords || words > kMaxHeadlineWords ||
      !has_letters(line)) {
    return false;
  }
  if (!byline_of(line).empty() || parse_date(line)) {
    return false;
  }
  return true;
}

std::optional<std::size_t> find_headline(const std::vector<std::string>& lines) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < lines.size() && seen < kOpeningLines; ++i) {
    if (is_blank(lines[i])) {
      continue;
    }
    ++seen;
    if (looks_like_headline(lines[i])) {
      return i;
    }
  }
  return std::nullopt;
}

std::string shorten_title(std::string_view line) {
  line = trim_spaces(line);
  if (line.size() <= kMaxTitleBytes) {
    return std::string(line);
  }
  std::size_t cut = line.rfind(' ', kMaxTitleBytes);
  if (cut == line.npos || cut < kMaxTitleBytes / 2) {
    cut = kMaxTitleBytes;
  }
  cut = utf8_cut(line, cut);  // keep UTF-8 sequences whole
  return std::string(trim_spaces(line.substr(0, cut))) + "\xE2\x80\xA6";
}

}  // namespace news
