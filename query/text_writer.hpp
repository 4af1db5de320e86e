// Human-readable results: rank, date, title, path and a snippet with the matched words
// emphasised on a terminal.
#pragma once

#include "result_writer.hpp"

namespace news {

// Copies listed under a result; the others are counted (so the text format asks a search
// for only these: SearchRequest::copies_listed).
inline constexpr std::size_t kTextCopiesShown = 3;

class TextWriter : public ResultWriter {
 public:
  TextWriter(std::ostream& out, bool terminal) : m_out(out), m_terminal(terminal) {}
  void begin(const SearchHeader& header) override;
  void write(const SearchResult& result) override;
  void end() override;

 private:
  std::string styled_snippet(const std::string& snippet) const;
  void write_copies(const SearchResult& result);

  std::ostream& m_out;
  bool m_terminal;
  std::size_t m_total = 0;
  bool m_total_is_exact = true;
  std::size_t m_first = 0, m_last = 0;
  std::string m_suggestion;  // printed as "Did you mean" after the results
  SearchHeader m_header;     // facets and timeline, printed after the results
};

}  // namespace news
