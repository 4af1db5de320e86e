#include "byline_cleanup.hpp"

#include <algorithm>
#include <cctype>

#include "date_parser.hpp"
#include "html_document.hpp"
#include "meta_fields.hpp"

namespace news::html {
namespace {

// Lead-in words of bylines, in lower case with their trailing space.
constexpr std::string_view kLeadIns[] = {
    "by ",  "written by ", "posted by ", "author: ", "authors: ", "von ",
    "par ", "por ",        "di ",        "door ",    "av ",       "af "};

// Separators after which a byline continues with a date, a role or the site.
constexpr std::string_view kCuts[] = {" | ", " - ", " – ",  " — ",       " · ",
                                      "\n",  " • ", " on ", " updated ", " published "};

bool is_digit(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

std::string strip_lead_in(std::string text) {
  bool again = true;
  while (again) {
    again = false;
    const std::string lower = to_lower(text);
    for (std::string_view lead : kLeadIns) {
      if (lower.starts_with(lead)) {
        text.erase(0, lead.size());
        again = true;
        break;
      }
    }
  }
  return text;
}

void cut_at_separators(std::string& text) {
  const std::string lower = to_lower(text);
  std::size_t cut = text.size();
  for (std::string_view sep : kCuts) {
    const std::size_t at = lower.find(sep);
    if (at != std::string::npos && at > 0) {
      cut = std::min(cut, at);
    }
  }
  text.resize(cut);
}

void trim(std::string& text) {
  const std::string_view junk = " ,;:|-–—·•";
  while (!text.empty() && junk.find(text.back()) != junk.npos) {
    text.pop_back();
  }
  std::size_t start = 0;
  while (start < text.size() && junk.find(text[start]) != junk.npos) {
    ++start;
  }
  text.erase(0, start);
}

void strip_site(std::string& text, std::string_view site) {
  if (site.empty()) {
    return;
  }
  const std::string lower = to_lower(text);
  const std::string lower_site = to_lower(site);
  const std::size_t at = lower.rfind(lower_site);
  if (at != std::string::npos && at > 0 && at + lower_site.size() == lower.size()) {
    text.resize(at);
    trim(text);
  }
}

bool name_like(const std::string& text) {
  if (text.empty() || text.find("://") != text.npos || text.find('@') != text.npos ||
      text.starts_with("www.")) {
    return false;
  }
  const auto words = std::count(text.begin(), text.end(), ' ') + 1;
  const auto digits = std::count_if(text.begin(), text.end(), is_digit);
  return static_cast<std::size_t>(words) <= kMaxBylineWords &&
         digits * 4 < static_cast<long>(text.size());
}

}  // namespace

std::string clean_byline(std::string_view raw, std::string_view site) {
  std::string text = strip_lead_in(collapse_space(raw));
  cut_at_separators(text);
  trim(text);
  for (std::size_t comma = text.find(", "); comma != std::string::npos;
       comma = text.find(", ", comma + 1)) {
    if (find_date(text.substr(comma)).has_value()) {
      text.resize(comma);
      break;
    }
  }
  strip_site(text, site);
  text = strip_lead_in(text);
  trim(text);
  return name_like(text) ? text : std::string();
}

std::string join_bylines(const std::vector<std::string>& raw, std::string_view site) {
  std::vector<std::string> names;
  for (const std::string& r : raw) {
    std::string name = clean_byline(r, site);
    const std::string key = to_lower(name);
    const bool seen = std::any_of(names.begin(), names.end(),
                                  [&](const std::string& n) { return to_lower(n) == key; });
    if (!name.empty() && !seen) {
      names.push_back(std::move(name));
    }
  }
  std::string out;
  for (const std::string& n : names) {
    out += out.empty() ? "" : "; ";
    out += n;
  }
  return out;
}

}  // namespace news::html
