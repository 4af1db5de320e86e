#include "wire_text.hpp"

#include <algorithm>
#include <vector>

#include "sign_offs.hpp"
#include "utf8.hpp"

namespace news::ner {
namespace {

// Wider lines are not wrapped by a terminal-width convention (one paragraph a line).
constexpr std::size_t kMaxWrapWidth = 100;
constexpr std::size_t kMinWrapWidth = 30;
// A wrapped text may hold one line longer than that (a headline), or one in this many.
constexpr std::size_t kLongLineShare = 10;

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

// The wrap width, or 0 when the text does not look hard-wrapped: its lines are short
// (a long headline or two aside), and at least a third of them (two at least) come
// within a fifth of the longest.
std::size_t wrap_width(const std::vector<Line>& lines) {
  std::size_t width = 0, nonblank = 0, long_lines = 0;
  for (const Line& l : lines) {
    nonblank += l.blank ? 0 : 1;
    long_lines += l.columns > kMaxWrapWidth ? 1 : 0;
    width = l.columns <= kMaxWrapWidth ? std::max(width, l.columns) : width;
  }
  if (width < kMinWrapWidth || (long_lines > 1 && long_lines * kLongLineShare > nonblank)) {
    return 0;
  }
  std::size_t filled = 0;
  for (const Line& l : lines) {
    filled += !l.blank && l.columns <= width && l.columns * 5 >= width * 4 ? 1 : 0;
  }
  return filled >= 2 && filled * 3 >= nonblank - long_lines ? width : 0;
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
    if (line.columns <= width && line.columns + 1 + next.first_word > width) {
      out[line.end] = ' ';
    }
  }
  return out;
}

namespace {

// A dash ends a dateline within this many bytes after the place's comma.
constexpr std::size_t kDatelineTail = 48;

bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}

bool is_ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}

// The end of a place in capitals starting at `b` ("SAO PAULO", "N.Y.", "WINSTON-SALEM"),
// just before its comma, or npos.
std::size_t capitals_place_end(std::string_view text, std::size_t b) {
  std::size_t letters = 0;
  std::size_t i = b;
  for (; i < text.size() && text[i] != ',' && text[i] != '\n'; ++i) {
    const char c = text[i];
    if (is_ascii_lower(c) || (i - b) > 40) {
      return std::string_view::npos;
    }
    letters += is_ascii_upper(c) ? 1 : 0;
    if (!is_ascii_upper(c) && c != ' ' && c != '.' && c != '-' && c != '/' && c != '\'' &&
        c != '&' && static_cast<unsigned char>(c) < 0x80) {
      return std::string_view::npos;
    }
  }
  return letters >= 2 && i < text.size() && text[i] == ',' ? i : std::string_view::npos;
}

// Whether a dash closes the dateline soon after the comma at `comma`, with only
// capitalised words, numbers and brackets before it ("Ore., Feb 26 (Reuters) -").
bool dash_closes_dateline(std::string_view text, std::size_t comma) {
  const std::string_view tail = text.substr(comma + 1, kDatelineTail);
  const std::size_t dash = tail.find(" -");
  if (dash == tail.npos) {
    return false;
  }
  for (std::size_t i = 0; i < dash; ++i) {
    const bool word_start = i == 0 || tail[i - 1] == ' ' || tail[i - 1] == '(';
    if ((word_start && is_ascii_lower(tail[i])) || tail[i] == '\n') {
      return false;
    }
  }
  return true;
}

// The form of `word` the text writes capitalised in lower case ("Washington"), or empty.
std::string_view cased_elsewhere(std::string_view text, std::string_view lower_text,
                                 std::string_view word) {
  const std::string needle = ascii_lower(word);
  for (std::size_t p = lower_text.find(needle); p != std::string_view::npos;
       p = lower_text.find(needle, p + 1)) {
    const std::size_t e = p + needle.size();
    const bool whole = (p == 0 || !is_word_char(static_cast<unsigned char>(text[p - 1]))) &&
                       (e >= text.size() || !is_word_char(static_cast<unsigned char>(text[e])));
    const std::string_view form = text.substr(p, needle.size());
    if (whole && is_ascii_upper(form[0]) && std::any_of(form.begin(), form.end(), is_ascii_lower)) {
      return form;
    }
  }
  return {};
}

// Title case: a letter after a letter is lower-cased ("SAO" -> "Sao"); Latin-1 capitals
// (two bytes, C3 80..9E) too.
void title_case(std::string& text, std::size_t b, std::size_t e) {
  bool after_letter = false;
  for (std::size_t i = b; i < e; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (is_ascii_upper(text[i])) {
      text[i] = after_letter ? static_cast<char>(c + 32) : text[i];
      after_letter = true;
    } else if (c == 0xC3 && i + 1 < e) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      if (after_letter && next >= 0x80 && next <= 0x9E && next != 0x97) {
        text[i + 1] = static_cast<char>(next + 32);
      }
      after_letter = true;
      ++i;
    } else {
      after_letter = c == '\'' ? after_letter : false;
    }
  }
}

void case_place(std::string& text, std::string_view lower_text, std::size_t b, std::size_t e) {
  std::size_t w = b;
  while (w < e) {
    std::size_t we = std::min(text.find(' ', w), e);
    const std::string_view form = cased_elsewhere(text, lower_text, text.substr(w, we - w));
    if (!form.empty()) {
      std::copy(form.begin(), form.end(), text.begin() + static_cast<long>(w));
    } else {
      title_case(text, w, we);
    }
    w = we + 1;
  }
}

// The dateline is a sentence of its own, as when it stands on its own line: the space
// after its dash becomes a line break.
// The agency's credit in brackets ("(Reuters)", "(AP)") is blanked like a sign-off.
void end_dateline_sentence(std::string& text, std::size_t comma) {
  const std::size_t dash = text.find(" -", comma);
  const std::size_t open = text.find('(', comma);
  const std::size_t close = text.find(')', comma);
  if (open < close && close < dash) {
    std::fill(text.begin() + static_cast<long>(open), text.begin() + static_cast<long>(close) + 1,
              ' ');
  }
  const std::size_t after = text.find_first_not_of('-', dash + 1);
  if (after != std::string::npos && text[after] == ' ') {
    text[after] = '\n';
  }
}

}  // namespace

std::vector<ByteRange> case_datelines(std::string& text) {
  std::vector<ByteRange> places;
  std::string lower_text;
  for (std::size_t line = 0; line < text.size();
       line = std::min(text.find('\n', line), text.size()) + 1) {
    const std::size_t b = text.find_first_not_of(" \t", line);
    if (b == std::string::npos || !is_ascii_upper(text[b])) {
      continue;
    }
    const std::size_t comma = capitals_place_end(text, b);
    if (comma == std::string_view::npos || !dash_closes_dateline(text, comma)) {
      continue;
    }
    if (lower_text.empty()) {
      lower_text = ascii_lower(text);
    }
    case_place(text, lower_text, b, comma);
    end_dateline_sentence(text, comma);
    places.push_back(ByteRange{b, text.find_last_not_of(' ', comma - 1) + 1});
  }
  return places;
}

WireView wire_view(std::string_view text) {
  WireView view{join_wrapped_lines(text), {}};
  blank_sign_offs(view.text);
  view.dateline_places = case_datelines(view.text);
  return view;
}

}  // namespace news::ner
