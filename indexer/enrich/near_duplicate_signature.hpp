// The near-duplicate signature of an article: MinHash over word shingles of its body.
// Wire copies of one story differ in headers, sign-offs, line wrapping and a corrected word
// or two; their shingle sets overlap almost entirely, while two stories on the same event
// share few three-word sequences. The signature finds candidates; story_text.hpp decides.
// See docs/near-duplicates.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "article.hpp"

namespace news {

// The body's words, case-folded (ICU simple case folding), split at anything that is not
// a letter or digit, so punctuation, line breaks and spacing do not matter.
std::vector<std::string> normalised_words(std::string_view text);

// schema::kMinHashCount minima over the hashed shingles of the story words of `text`
// (story_text.hpp: sign-offs dropped); empty when it has fewer than kMinStoryWords of them.
// Pure and thread-safe.
std::vector<std::uint32_t> near_duplicate_signature(std::string_view text);

// For an article whose body is too short for a signature: a hash of its headline words,
// its story words and its day (schema/near_duplicates.hpp: exact copies of a brief on the
// same day are one story); empty when it has neither headline nor body words.
std::optional<std::uint64_t> short_text_print(const Article& article);

// Sets article.near_duplicate from its body, or, when the body is too short for one,
// article.short_text_print.
void add_near_duplicate_signature(Article& article);

}  // namespace news
