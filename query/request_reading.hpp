// Reading a request as people type it, before Xapian's QueryParser sees it: case settled
// (capitalised words are stemmed, an all-caps request is words), diacritics and initialisms
// in the index's form, field names checked. See docs/query-language.md.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace news {

struct ReadRequest {
  std::string text;                      // what the QueryParser gets
  std::vector<std::string> words;        // free-text words, as matched (lower case, folded)
  std::vector<std::string> typed_words;  // the same words as typed (same order and size)
  std::vector<std::string> excluded;     // -words: articles holding them are left out
  std::vector<std::string> stop_words;   // words of `words` that do not decide ranking
  std::vector<std::string> fields;       // `name:` fields used, lower case
  bool all_caps = false;                 // typed in capitals: AND, OR, NOT are words
  bool operators = false;                // boolean operators (AND, OR, NOT, XOR, NEAR, ADJ) used

  // Words that are not stop words: how long the request is.
  std::size_t content_words() const { return words.size() - stop_words.size(); }
};

// Reads `typed`. Throws Error(kUsage) for a field with no value ("title:").
ReadRequest read_request(std::string_view typed);

// Lower case, for any script (ICU). Thread-safe.
std::string lower_case(std::string_view text);

// The English stop words as a Xapian stopper (shared, read-only).
const Xapian::Stopper& english_stopper();

// True for the generic English stop words (a, in, of, the, what...).
bool is_stop_word(std::string_view word);

}  // namespace news
