// Spelling data kept in the index, from which "did you mean" suggestions are drawn.
#pragma once

#include <xapian.h>

#include <string>
#include <unordered_map>
#include <vector>

namespace news::schema {

// Adds the words of an encoded article to the database's spelling table (Xapian's
// add_spelling): its plain words of three letters or more and the words of the names it
// mentions (persons, organisations, places), as indexed: lower case, diacritics folded.
// Called by the writer for every article it adds, so suggestions are words of the archive.
void add_spelling_data(Xapian::WritableDatabase& db, const Xapian::Document& doc);

// The word of a term that add_spelling_data would record, or "" when the term is not one.
std::string spelling_word(const std::string& term);

// The words add_spelling_data would record for `doc`, once per term (a name word and the
// same plain word count twice, as there). Workers take them from the documents they
// encode, so that the writer only counts them.
std::vector<std::string> spelling_words(const Xapian::Document& doc);

// Spelling words counted in memory and written to the spelling table at once: Xapian
// keeps its pending spelling changes in an ordered map, looked up for every call, while
// most words of a batch of articles repeat. Same table as add_spelling_data per article.
class SpellingCounts {
 public:
  void add(const std::vector<std::string>& words);
  // Adds the counted words to the database's spelling table and forgets them.
  void write_to(Xapian::WritableDatabase& db);
  bool empty() const { return m_counts.empty(); }

 private:
  std::unordered_map<std::string, Xapian::termcount> m_counts;
};

}  // namespace news::schema
