#include "text_writer.hpp"

#include "text_counts.hpp"

namespace news {
namespace {

constexpr const char* kBold = "\033[1m";
constexpr const char* kReset = "\033[0m";
constexpr const char* kDim = "\033[2m";

}  // namespace

std::string TextWriter::styled_snippet(const std::string& snippet) const {
  if (!m_terminal) {
    return plain_snippet(snippet);
  }
  std::string out;
  for (char c : snippet) {
    out += c == kHighlightStart ? std::string(kBold)
           : c == kHighlightEnd ? std::string(kReset)
                                : std::string(1, c);
  }
  return out;
}

void TextWriter::begin(const SearchHeader& header) {
  m_header = header;
  m_total = header.total;
  m_total_is_exact = header.total_is_exact;
  m_suggestion = header.corrected_query.empty() ? header.suggestion : std::string();
  for (const std::string& line : header.explanation) {
    m_out << line << "\n";
  }
  if (!header.explanation.empty()) {
    m_out << "\n";
  }
}

void TextWriter::write(const SearchResult& r) {
  const Article& a = r.article;
  m_first = m_first == 0 ? r.rank : m_first;
  m_last = r.rank;
  const std::string date = a.date ? to_iso8601(*a.date).substr(0, 10) : "undated   ";
  m_out << r.rank << ". " << date << "  " << (m_terminal ? kBold : "") << a.title
        << (m_terminal ? kReset : "") << "\n";
  m_out << "   " << (m_terminal ? kDim : "") << a.path << (m_terminal ? kReset : "") << "\n";
  const std::string snippet = styled_snippet(r.snippet);
  if (!snippet.empty()) {
    m_out << "   " << snippet << "\n";
  }
  write_copies(r);
  m_out << "\n";
}

void TextWriter::write_copies(const SearchResult& r) {
  for (std::size_t i = 0; i < r.copies.size() && i < kTextCopiesShown; ++i) {
    const ArticleCopy& c = r.copies[i];
    const std::string date = c.date ? to_iso8601(*c.date).substr(0, 10) : "undated   ";
    m_out << "   copy: " << date << "  " << c.id << "\n";
  }
  if (r.copy_count > kTextCopiesShown) {
    m_out << "   (" << r.copy_count - kTextCopiesShown << " more copies)\n";
  }
}

void TextWriter::end() {
  if (m_last == 0) {
    m_out << "No matches (" << m_total << " in all).\n";
  } else {
    m_out << "Results " << m_first << "-" << m_last << " of ";
    const SearchHeader& h = m_header;
    if (h.collapsed && h.stories != h.total) {
      m_out << (h.stories_is_exact ? "" : "about ") << h.stories
            << (h.stories == 1 ? " story (" : " stories (") << (m_total_is_exact ? "" : "about ")
            << m_total << " articles).\n";
    } else {
      m_out << (m_total_is_exact ? "" : "about ") << m_total << ".\n";
    }
  }
  write_text_counts(m_out, m_header);
  if (!m_suggestion.empty()) {
    m_out << "Did you mean: " << m_suggestion << "\n";
  }
  m_out.flush();
}

}  // namespace news
