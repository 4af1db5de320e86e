// The document data: an article's stored fields (kStored in the field table) in a compact
// binary form, written and read only by the document codec.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "article.hpp"

namespace news::schema {

// The stored fields of `article` in table order after one format byte: a text as a
// varint length and its bytes, a list as a varint count and its texts, the date as the
// text of its ISO 8601 form (empty: undated). Field names are not repeated in every
// document (they were 150-170 bytes of JSON keys a document, which zlib, compressing each
// document alone, could not share). Invalid UTF-8 is replaced (U+FFFD) as it was in JSON.
// The source file is left empty when it is the article's id (one article per file).
std::string encode_stored_fields(const Article& article);

// Reads encode_stored_fields's form back into `article`'s stored fields. Data cut short or
// of another form leaves the fields it did not reach untouched and returns false; never
// throws.
bool decode_stored_fields(std::string_view data, Article& article);

// Reads only the id, title, date and source of encode_stored_fields's form into
// `article`, skipping the other fields by their lengths (a result's copies are listed with
// these four: copying every copy's body was most of a query's time on an archive holding
// many copies of each story). Returns false for data cut short or of another form; never
// throws.
bool decode_stored_heading(std::string_view data, Article& article);

// Reads only the id and the source file (the id when stored empty) of
// encode_stored_fields's form into `article`, skipping the other fields. Returns false for
// data cut short or of another form; never throws.
bool decode_stored_source(std::string_view data, Article& article);

// Appends `n` in 7-bit groups, low first, the high bit set on every byte but the last (the
// form of the lengths in the stored data, also used for the file stamp value).
void put_varint(std::string& out, std::uint64_t n);
// Reads put_varint's form from the start of `in` and drops it from `in`; false (and `in`
// unchanged) when `in` ends first.
bool get_varint(std::string_view& in, std::uint64_t& n);

}  // namespace news::schema
