#include "text_reader.hpp"

#include <algorithm>

#include "date_parser.hpp"
#include "fields.hpp"
#include "text/front_matter.hpp"
#include "text/site_chrome.hpp"
#include "text/text_decoding.hpp"
#include "text/title_detection.hpp"

namespace news {
namespace {

// How many opening lines may hold a "By ..." byline.
constexpr std::size_t kBylineLines = 8;
// A line longer than this is not prose but a dump without line breaks: worth a warning.
constexpr std::size_t kSuspiciousLineBytes = 1 << 20;

void warn_about_long_lines(const std::vector<std::string>& lines, ReadResult& result) {
  for (const std::string& line : lines) {
    if (line.size() > kSuspiciousLineBytes) {
      result.warnings.push_back("a line of " + std::to_string(line.size()) +
                                " bytes without line breaks; title cut from its start");
      return;
    }
  }
}

std::vector<std::string> story_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == text.npos) {
      end = text.size();
    }
    std::string line(text.substr(pos, end - pos));
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    if (!is_site_chrome(line)) {
      lines.push_back(std::move(line));
    }
    pos = end + 1;
  }
  return lines;
}

bool is_blank(const std::string& line) {
  return line.find_first_not_of(" \t") == line.npos;
}

// The fields front matter can give (the table's front-matter aliases), then its date.
void apply_front_matter(const FrontMatter& fm, Article& a, ReadResult& result) {
  for (const schema::Field& f : schema::kFields) {
    const bool from_front_matter = std::any_of(
        f.aliases.begin(), f.aliases.end(),
        [](const schema::Alias& alias) { return alias.readers & schema::kFrontMatter; });
    if (from_front_matter && f.shape == schema::Shape::kText) {
      a.*f.text = fm.fields.*f.text;
    } else if (from_front_matter && f.shape == schema::Shape::kList) {
      a.*f.list = fm.fields.*f.list;
    }
  }
  if (fm.date.empty()) {
    return;
  }
  if (auto date = parse_date(fm.date)) {
    a.date = date;
    a.date_source = date_source::kFrontMatter;
  } else {
    result.warnings.push_back("front matter date \"" + fm.date + "\" is not a date; ignored");
  }
}

// Takes the title (unless given) and byline out of the opening lines; the rest is body.
void split_story(std::vector<std::string> lines, Article& a) {
  std::optional<std::size_t> title_line;
  if (a.title.empty()) {
    title_line = find_headline(lines);
    if (title_line) {
      a.title = strip_heading_marks(lines[*title_line]);
    } else {
      for (const std::string& line : lines) {
        if (!is_blank(line)) {
          a.title = shorten_title(line);  // the line stays in the body as well
          break;
        }
      }
    }
  }
  std::string body;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (title_line && i == *title_line) {
      continue;
    }
    if (i < kBylineLines && a.byline.empty()) {
      a.byline = byline_of(lines[i]);
      if (!a.byline.empty()) {
        a.dateline = lines[i];
        continue;
      }
    }
    if (is_blank(lines[i]) && (body.empty() || body.ends_with("\n\n"))) {
      continue;
    }
    body += lines[i];
    body += '\n';  // a blank line thus becomes a paragraph break
  }
  while (!body.empty() && (body.back() == '\n' || body.back() == ' ')) {
    body.pop_back();
  }
  a.body = std::move(body);
  a.title = shorten_title(a.title);
}

}  // namespace

ReadResult read_text_article(const RawItem& item) {
  if (item.bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw ReadError(item.bytes.empty() ? "empty file" : "file holds only white space");
  }
  if (looks_binary(item.bytes)) {
    throw ReadError("binary content (NUL or control bytes), not a text article");
  }
  ReadResult result;
  const DecodedText text = decode_text(item.bytes);
  if (!text.note.empty()) {
    result.warnings.push_back(text.note);
  }
  const SplitFrontMatter split = split_front_matter(text.utf8);
  Article a;
  a.id = item.id;
  a.path = item.path;
  a.source_file = item.source_file;
  if (split.front_matter) {
    apply_front_matter(*split.front_matter, a, result);
  }
  std::vector<std::string> lines = story_lines(split.body);
  warn_about_long_lines(lines, result);
  split_story(std::move(lines), a);
  if (a.title.empty() && a.body.empty()) {
    throw ReadError("no text after the front matter");
  }
  result.articles.push_back(std::move(a));
  return result;
}

}  // namespace news
