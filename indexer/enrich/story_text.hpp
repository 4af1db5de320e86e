// What two copies of one story share, and the exact comparison that decides whether two
// articles found as candidates by their signatures (near_duplicate_signature.hpp) are one
// story. The signature is an estimate (standard error about 0.06); near the threshold,
// and for short bodies where one edit moves the similarity a lot, only the texts can say.
// See docs/near-duplicates.md.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace news {

// Words per shingle.
inline constexpr std::size_t kShingleWords = 3;
// Bodies with fewer story words get no signature: nothing in them tells a copy from a
// template ("Blah blah blah.", "Qtly div 11 cts").
inline constexpr std::size_t kMinStoryWords = 10;
// Bodies with fewer story words are short: a dividend notice or a results table is a
// template filled with other figures, and its 3-shingles overlap another's as much as a
// copy's do. Short bodies are one story only when near-exact (story_similarity).
inline constexpr std::size_t kShortBodyWords = 25;

// The body's normalised words (normalised_words) without the wire furniture that differs
// between copies of one story: sign-off, credit and contact lines (ner::blank_sign_offs,
// as the recogniser reads wire copy) and an agency name closing the text ("... on
// February 27. Reuter", where re-wrapping joined the sign-off to the last line).
std::vector<std::string> story_words(std::string_view body);

// Hashes of the kShingleWords-word runs of `words`, in text order (repeats kept); the
// signature is MinHash over them.
std::vector<std::uint64_t> shingle_hashes(const std::vector<std::string>& words);

// What story_similarity compares, computed once per article.
struct StoryText {
  std::size_t word_count = 0;           // of story_words of the body
  std::vector<std::string> words;       // story_words of the body, when fewer than 50
  std::vector<std::uint64_t> shingles;  // distinct shingle hashes, sorted
  std::vector<std::string> headline;    // distinct headline words, sorted, wire tag dropped
};
StoryText story_text(std::string_view title, std::string_view body);

// Exact similarity of two articles, compared with schema::kSameStorySimilarity:
// - bodies of at least kShortBodyWords words: the Jaccard similarity of their shingle sets,
//   and at least kSameStorySimilarity when one is a version of the other cut short or
//   extended (a wire update that adds paragraphs): at least 0.8 of the smaller shingle set
//   is in the larger, and the smaller is at least 0.4 of the larger's size;
// - otherwise (either is short) they are one story only when both have kMinStoryWords
//   words, their word sequences differ by at most one edited word per 10 (a word changed,
//   added or dropped) and no edited word holds a digit (other figures: another notice),
//   and, when both have a headline, the words of one are all in the other, wire tags
//   ("UPDATE 1-", "CORRECTED-") aside: the headline names whose notice it is. Then the
//   result is at least kSameStorySimilarity, else 0.
double story_similarity(const StoryText& a, const StoryText& b);

}  // namespace news
