// Spelling data kept in the index, from which "did you mean" suggestions are drawn.
#pragma once

#include <xapian.h>

namespace news::schema {

// Adds the words of an encoded article to the database's spelling table (Xapian's
// add_spelling): its plain words of three letters or more and the words of the names it
// mentions (persons, organisations, places), as indexed: lower case, diacritics folded.
// Called by the writer for every article it adds, so suggestions are words of the archive.
void add_spelling_data(Xapian::WritableDatabase& db, const Xapian::Document& doc);

// The word of a term that add_spelling_data would record, or "" when the term is not one.
std::string spelling_word(const std::string& term);

}  // namespace news::schema
