#include "text_counts.hpp"

#include <algorithm>
#include <iomanip>

namespace news {
namespace {

// Columns are padded by code points, so that names with accents line up.
std::size_t display_width(const std::string& s) {
  return std::size_t(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string padded(const std::string& s, std::size_t width) {
  const std::size_t w = display_width(s);
  return s + std::string(width > w ? width - w : 0, ' ');
}

std::string counted_what(const SearchHeader& h) {
  return h.count_by == "story" ? "stories" : "articles";
}

void write_facet(std::ostream& out, const FacetCounts& f, const std::string& what) {
  out << f.field << " (" << what << "):\n";
  if (f.values.empty()) {
    out << "  (none)\n";
    return;
  }
  std::size_t width = 0;
  for (const FacetValue& v : f.values) {
    width = std::max(width, display_width(v.value));
  }
  for (const FacetValue& v : f.values) {
    out << "  " << padded(v.value, width) << "  " << v.count << "\n";
  }
  if (f.other_values > 0) {
    out << "  (" << f.other_values << " more)\n";
  }
}

void write_timeline(std::ostream& out, const Timeline& t, const std::string& what) {
  out << "timeline by " << t.period << " (" << what << "):\n";
  std::size_t max = t.undated;
  std::size_t width = std::string("undated").size();
  for (const TimelinePeriodCount& p : t.periods) {
    max = std::max(max, p.count);
    width = std::max(width, p.period.size());
  }
  for (const TimelinePeriodCount& p : t.periods) {
    out << "  " << padded(p.period, width) << "  " << std::setw(6) << p.count << " "
        << text_bar(p.count, max) << "\n";
  }
  out << "  " << padded("undated", width) << "  " << std::setw(6) << t.undated << " "
      << text_bar(t.undated, max) << "\n";
}

}  // namespace

std::string text_bar(std::size_t count, std::size_t max) {
  if (count == 0 || max == 0) {
    return "";
  }
  const std::size_t blocks = std::max<std::size_t>(1, (count * kBarWidth + max / 2) / max);
  std::string bar;
  for (std::size_t i = 0; i < blocks; ++i) {
    bar += "\xE2\x96\x88";  // U+2588 FULL BLOCK
  }
  return bar;
}

void write_text_counts(std::ostream& out, const SearchHeader& h) {
  if (h.count_by.empty()) {
    return;
  }
  const std::string what = counted_what(h);
  for (const FacetCounts& f : h.facets) {
    out << "\n";
    write_facet(out, f, what);
  }
  if (!h.timeline.period.empty()) {
    out << "\n";
    write_timeline(out, h.timeline, what);
  }
}

}  // namespace news
