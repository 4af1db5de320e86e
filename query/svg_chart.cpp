#include "svg_chart.hpp"

#include <algorithm>
#include <cstdio>

#include "markup_text.hpp"
#include "utf8_cut.hpp"

namespace news {
namespace {

constexpr double kWidth = 900, kHeight = 440;
constexpr double kLeft = 70, kRight = 20, kTop = 60, kBottom = 100;
constexpr std::size_t kTicks = 5;
constexpr std::size_t kMaxLabels = 24;  // period labels along the x axis at most
constexpr std::size_t kTitleBytes = 160;

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

void write_axes(std::ostream& out, std::size_t top, const std::string& what) {
  const double plot_h = kHeight - kTop - kBottom;
  for (std::size_t i = 0; i <= kTicks; ++i) {
    const std::size_t value = top * i / kTicks;
    const double y = kHeight - kBottom - plot_h * double(i) / double(kTicks);
    out << "<line x1=\"" << num(kLeft) << "\" y1=\"" << num(y) << "\" x2=\"" << num(kWidth - kRight)
        << "\" y2=\"" << num(y) << "\" stroke=\"" << (i == 0 ? "#333" : "#ddd") << "\"/>\n"
        << "<text x=\"" << num(kLeft - 8) << "\" y=\"" << num(y + 4) << "\" text-anchor=\"end\">"
        << value << "</text>\n";
  }
  out << "<line x1=\"" << num(kLeft) << "\" y1=\"" << num(kTop) << "\" x2=\"" << num(kLeft)
      << "\" y2=\"" << num(kHeight - kBottom) << "\" stroke=\"#333\"/>\n"
      << "<text transform=\"translate(18," << num(kTop + plot_h / 2)
      << ") rotate(-90)\" text-anchor=\"middle\">" << escape_markup(what) << "</text>\n";
}

void write_bars(std::ostream& out, const Timeline& t, std::size_t top) {
  const double plot_w = kWidth - kLeft - kRight;
  const double plot_h = kHeight - kTop - kBottom;
  const std::size_t n = t.periods.size();
  const double slot = plot_w / double(std::max<std::size_t>(n, 1));
  const std::size_t every = (n + kMaxLabels - 1) / kMaxLabels;
  for (std::size_t i = 0; i < n; ++i) {
    const TimelinePeriodCount& p = t.periods[i];
    const double h = top == 0 ? 0 : plot_h * double(p.count) / double(top);
    const double x = kLeft + slot * double(i);
    out << "<rect x=\"" << num(x + slot * 0.1) << "\" y=\"" << num(kHeight - kBottom - h)
        << "\" width=\"" << num(std::max(slot * 0.8, 0.5)) << "\" height=\"" << num(h)
        << "\" fill=\"#4a7ab5\"><title>" << escape_markup(p.period) << ": " << p.count
        << "</title></rect>\n";
    if (i % std::max<std::size_t>(every, 1) == 0) {
      const double lx = x + slot / 2;
      const double ly = kHeight - kBottom + 14;
      out << "<text transform=\"translate(" << num(lx) << "," << num(ly)
          << ") rotate(-45)\" text-anchor=\"end\">" << escape_markup(p.period) << "</text>\n";
    }
  }
}

}  // namespace

std::size_t axis_maximum(std::size_t max) {
  for (std::size_t scale = 1;; scale *= 10) {
    for (std::size_t step : {1, 2, 5}) {
      if (step * scale >= max) {
        return std::max<std::size_t>(step * scale, 1);
      }
    }
  }
}

void write_timeline_svg(std::ostream& out, const std::string& title, const Timeline& t,
                        const std::string& what) {
  std::size_t max = 0;
  for (const TimelinePeriodCount& p : t.periods) {
    max = std::max(max, p.count);
  }
  const std::size_t top = std::max<std::size_t>(axis_maximum(max), kTicks);
  const std::string cut = title.substr(0, utf8_cut(title, kTitleBytes));
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << kWidth << "\" height=\"" << kHeight
      << "\" viewBox=\"0 0 " << kWidth << " " << kHeight
      << "\" font-family=\"sans-serif\" font-size=\"12\">\n"
      << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
      << "<text x=\"" << num(kWidth / 2) << "\" y=\"28\" text-anchor=\"middle\" font-size=\"16\""
      << " font-weight=\"bold\">"
      << escape_markup(cut + (cut.size() < title.size() ? "\u2026" : "")) << "</text>\n"
      << "<text x=\"" << num(kWidth / 2) << "\" y=\"46\" text-anchor=\"middle\" fill=\"#555\">"
      << escape_markup(what + " per " + t.period) << "</text>\n";
  write_axes(out, top, what);
  write_bars(out, t, top);
  out << "<text x=\"" << num(kWidth - kRight) << "\" y=\"" << num(kHeight - 10)
      << "\" text-anchor=\"end\" fill=\"#555\">" << (t.periods.empty() ? "no dated matches; " : "")
      << "undated: " << t.undated << "</text>\n</svg>\n";
}

}  // namespace news
