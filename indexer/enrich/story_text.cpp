#include "story_text.hpp"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <limits>

#include "near_duplicate_signature.hpp"
#include "near_duplicates.hpp"
#include "sign_offs.hpp"

namespace news {
namespace {

bool has_digit(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether `word` opens a wire headline rather than saying anything: "UPDATE 2-",
// "CORRECTED-", "REFILE-", "RPT-".
bool is_wire_tag(std::string_view word) {
  constexpr std::array<std::string_view, 10> kTags = {"update", "corrected", "correction", "refile",
                                                      "rpt",    "repeat",    "wrapup",     "urgent",
                                                      "flash",  "advisory"};
  return std::find(kTags.begin(), kTags.end(), word) != kTags.end();
}

std::vector<std::string> headline_words(std::string_view title) {
  std::vector<std::string> words = normalised_words(title);
  std::size_t start = 0;
  while (start < words.size() && is_wire_tag(words[start])) {
    ++start;
    if (start < words.size() && has_digit(words[start]) && words[start].size() <= 2) {
      ++start;  // the copy's number: "UPDATE 2-"
    }
  }
  words.erase(words.begin(), words.begin() + static_cast<long>(start));
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

// |a ∩ b| of two sorted ranges of distinct elements.
template <typename T>
std::size_t common(const std::vector<T>& a, const std::vector<T>& b) {
  std::size_t both = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++both, ++i, ++j;
    }
  }
  return both;
}

// |a ∩ b| / |a ∪ b| of two sorted ranges of distinct elements (1 when both are empty).
double jaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  const std::size_t both = common(a, b);
  const std::size_t either = a.size() + b.size() - both;
  return either == 0 ? 1.0 : double(both) / double(either);
}

// Whether the smaller of two sorted shingle sets is a version of the larger cut short: at
// least 0.8 of it is in the larger, and it is at least 0.4 of the larger's size.
bool contains(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  const auto& [smaller, larger] =
      std::minmax(a, b, [](const auto& x, const auto& y) { return x.size() < y.size(); });
  if (smaller.empty() || 5 * smaller.size() < 2 * larger.size()) {
    return false;
  }
  return 5 * common(smaller, larger) >= 4 * smaller.size();
}

// Word edits (a word changed, added or dropped) turning `a` into `b`, where no edited word
// may hold a digit; more than `limit` (or a figure edited) gives limit + 1.
std::size_t word_edits(const std::vector<std::string>& a, const std::vector<std::string>& b,
                       std::size_t limit) {
  constexpr std::size_t kBarred = std::numeric_limits<std::size_t>::max() / 4;
  const auto cost = [&](const std::string& w) { return has_digit(w) ? kBarred : 1; };
  std::vector<std::size_t> row(b.size() + 1);
  row[0] = 0;
  for (std::size_t j = 1; j <= b.size(); ++j) {
    row[j] = std::min(kBarred, row[j - 1] + cost(b[j - 1]));
  }
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = std::min(kBarred, row[0] + cost(a[i - 1]));
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t changed =
          a[i - 1] == b[j - 1] ? diagonal : diagonal + std::max(cost(a[i - 1]), cost(b[j - 1]));
      diagonal = row[j];
      row[j] = std::min({kBarred, changed, row[j] + cost(a[i - 1]), row[j - 1] + cost(b[j - 1])});
    }
  }
  return std::min(row[b.size()], limit + 1);
}

bool near_exact(const StoryText& a, const StoryText& b) {
  const std::size_t longer = std::max(a.word_count, b.word_count);
  const std::size_t shorter = std::min(a.word_count, b.word_count);
  if (shorter < kMinStoryWords) {
    return false;
  }
  const std::size_t limit = std::max<std::size_t>(1, longer / 10);
  if (longer - shorter > limit || word_edits(a.words, b.words, limit) > limit) {
    return false;
  }
  const auto& [fewer, more] = std::minmax(
      a.headline, b.headline, [](const auto& x, const auto& y) { return x.size() < y.size(); });
  return fewer.empty() || common(fewer, more) == fewer.size();
}

}  // namespace

std::vector<std::string> story_words(std::string_view body) {
  std::string text(body);
  ner::blank_sign_offs(text);
  std::vector<std::string> words = normalised_words(text);
  if (!words.empty() && ner::is_agency_name(words.back())) {
    words.pop_back();
  }
  return words;
}

std::vector<std::uint64_t> shingle_hashes(const std::vector<std::string>& words) {
  std::vector<std::uint64_t> word_hashes;
  word_hashes.reserve(words.size());
  for (const std::string& word : words) {
    word_hashes.push_back(XXH3_64bits(word.data(), word.size()));
  }
  std::vector<std::uint64_t> shingles;
  for (std::size_t start = 0; start + kShingleWords <= word_hashes.size(); ++start) {
    shingles.push_back(
        XXH3_64bits(word_hashes.data() + start, kShingleWords * sizeof(std::uint64_t)));
  }
  return shingles;
}

StoryText story_text(std::string_view title, std::string_view body) {
  StoryText text;
  text.words = story_words(body);
  text.shingles = shingle_hashes(text.words);
  std::sort(text.shingles.begin(), text.shingles.end());
  text.shingles.erase(std::unique(text.shingles.begin(), text.shingles.end()), text.shingles.end());
  text.word_count = text.words.size();
  if (text.word_count >= 2 * kShortBodyWords) {
    // Only near_exact reads the words, when one body is short (under kShortBodyWords) and
    // the other at most a tenth longer: a long body's words (megabytes for a long article,
    // held while candidates are compared) are let go.
    std::vector<std::string>().swap(text.words);
  }
  text.headline = headline_words(title);
  return text;
}

double story_similarity(const StoryText& a, const StoryText& b) {
  const double similarity = jaccard(a.shingles, b.shingles);
  if (a.word_count >= kShortBodyWords && b.word_count >= kShortBodyWords) {
    return contains(a.shingles, b.shingles) ? std::max(similarity, schema::kSameStorySimilarity)
                                            : similarity;
  }
  return near_exact(a, b) ? std::max(similarity, schema::kSameStorySimilarity) : 0.0;
}

}  // namespace news
