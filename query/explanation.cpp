#include "explanation.hpp"

#include "language.hpp"

namespace news {
namespace {

std::string joined(const std::vector<std::string>& items, const std::string& separator = ", ") {
  std::string out;
  for (const std::string& item : items) {
    out += (out.empty() ? "" : separator) + item;
  }
  return out;
}

// "perez (stem perez; typed Pérez)".
std::string word_line(const QueryPlan& plan, std::size_t i, const Xapian::Stem& stem) {
  const std::string& word = plan.read.words[i];
  std::string line = word;
  if (is_stop_word(word)) {
    return line + " (stop word)";
  }
  line += " (stem " + stem(word);
  if (i < plan.read.typed_words.size() && plan.read.typed_words[i] != word) {
    line += "; typed " + plan.read.typed_words[i];
  }
  return line + ")";
}

std::vector<std::string> filter_lines(const SearchRequest& r) {
  std::vector<std::string> lines;
  for (const std::string& person : r.persons) {
    lines.push_back("filter: person \"" + person + "\" (folded name words, as a phrase)");
  }
  if (!r.language.empty()) {
    lines.push_back("filter: language " + r.language);
  }
  if (!r.since.empty() || !r.until.empty()) {
    lines.push_back("range: days " + (r.since.empty() ? std::string("(open)") : r.since) + " .. " +
                    (r.until.empty() ? std::string("(open)") : r.until) + ", inclusive");
  }
  return lines;
}

}  // namespace

std::vector<std::string> explain(const QueryPlan& plan, const SearchRequest& request) {
  std::vector<std::string> lines;
  const ReadRequest& read = plan.read;
  lines.push_back("request: " + request.query);
  lines.push_back("read as: " + read.text +
                  (read.all_caps ? "  (typed in capitals: read as lower-case words, AND/OR/NOT "
                                   "included)"
                                 : ""));
  const Xapian::Stem stem = schema::stemmer_for_language(plan.languages.front());
  std::vector<std::string> words;
  for (std::size_t i = 0; i < read.words.size(); ++i) {
    words.push_back(word_line(plan, i, stem));
  }
  lines.push_back("words: " + (words.empty() ? std::string("(none)") : joined(words)));
  if (!read.excluded.empty()) {
    lines.push_back("excluded: " + joined(read.excluded));
  }
  if (!read.fields.empty()) {
    lines.push_back("fields: " + joined(read.fields));
  }
  if (read.operators) {
    lines.push_back("operators: typed boolean operators are kept as typed");
  }
  for (const std::string& line : filter_lines(request)) {
    lines.push_back(line);
  }
  lines.push_back("stemmed for: " + joined(plan.languages));
  lines.push_back(plan.best_match ? "reading: best match, words ranked by BM25, not all required"
                                  : "reading: every word must match");
  for (const std::string& note : plan.notes) {
    lines.push_back("note: " + note);
  }
  if (!plan.expansion.empty()) {
    lines.push_back("expanded with terms of the top results: " + joined(plan.expansion));
  }
  lines.push_back("Xapian query: " + plan.query.get_description());
  return lines;
}

}  // namespace news
