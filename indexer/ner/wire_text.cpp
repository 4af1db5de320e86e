#include "wire_text.hpp"

#include <algorithm>
#include <vector>

namespace news::ner {
namespace {

// Wider lines are not wrapped by a terminal-width convention (one paragraph a line).
constexpr std::size_t kMaxWrapWidth = 100;
constexpr std::size_t kMinWrapWidth = 30;

struct Line {
  std::size_t begin = 0;    // first byte
  std::size_t end = 0;      // the newline (or the end of the text)
  std::size_t columns = 0;  // code points, trailing spaces excluded
  std::size_t first_word = 0;
  bool blank = true;
  bool indented = false;
};

bool is_blank_char(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

std::size_t columns_of(std::string_view s) {
  while (!s.empty() && is_blank_char(s.back())) {
    s.remove_suffix(1);
  }
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

Line describe(std::string_view text, std::size_t begin, std::size_t end) {
  Line line{begin, end, 0, 0, true, false};
  const std::string_view s = text.substr(begin, end - begin);
  const std::size_t start = s.find_first_not_of(" \t\r");
  if (start == std::string_view::npos) {
    return line;
  }
  line.blank = false;
  line.indented = start > 0;
  line.columns = columns_of(s);
  const std::size_t word_end = s.find_first_of(" \t\r", start);
  line.first_word = columns_of(s.substr(start, word_end == s.npos ? s.npos : word_end - start));
  return line;
}

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = std::min(text.find('\n', begin), text.size());
    lines.push_back(describe(text, begin, end));
    begin = end + 1;
  }
  return lines;
}

// The wrap width, or 0 when the text does not look hard-wrapped: the longest line is
// short, and at least a third of the lines (two at least) come within a fifth of it.
std::size_t wrap_width(const std::vector<Line>& lines) {
  std::size_t width = 0, filled = 0;
  for (const Line& l : lines) {
    width = std::max(width, l.columns);
  }
  if (width > kMaxWrapWidth || width < kMinWrapWidth) {
    return 0;
  }
  std::size_t nonblank = 0;
  for (const Line& l : lines) {
    nonblank += l.blank ? 0 : 1;
    filled += !l.blank && l.columns * 5 >= width * 4 ? 1 : 0;
  }
  return filled >= 2 && filled * 3 >= nonblank ? width : 0;
}

}  // namespace

std::string join_wrapped_lines(std::string_view text) {
  std::string out(text);
  const std::vector<Line> lines = split_lines(text);
  const std::size_t width = wrap_width(lines);
  if (width == 0) {
    return out;
  }
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const Line& line = lines[i];
    const Line& next = lines[i + 1];
    if (line.blank || next.blank || next.indented) {
      continue;
    }
    if (line.columns + 1 + next.first_word > width) {
      out[line.end] = ' ';
    }
  }
  return out;
}

}  // namespace news::ner
