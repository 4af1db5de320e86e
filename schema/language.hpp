// Which stemmer an article's or a query's language gets.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace news::schema {

// The language code articles without a detected or given language are indexed as.
inline constexpr std::string_view kDefaultLanguage = "en";

// Xapian's stemmer for an ISO 639-1 code ("en", "fr"); English for ""; no stemming for a
// language Xapian has no stemmer for ("zh", "ja").
Xapian::Stem stemmer_for_language(std::string_view code);

// "en" from "en", "EN", "en-GB", "en_US"; "" when the text is not such a code.
std::string normalise_language_code(std::string_view text);

// The languages of the articles in an index, most frequent first (at most `limit`); after
// the first, only those of at least `min_share` of the articles.
std::vector<std::string> index_languages(const Xapian::Database& db, std::size_t limit,
                                         double min_share = 0);

}  // namespace news::schema
