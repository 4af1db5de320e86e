#include "near_duplicate_signature.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <xxhash.h>

#include <array>
#include <limits>

#include "near_duplicates.hpp"

namespace news {
namespace {

// splitmix64: one well-mixed 64-bit value per (shingle, permutation).
constexpr std::uint64_t mix(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

// Fixed seeds: a signature must mean the same in every run and every index.
constexpr std::array<std::uint64_t, schema::kMinHashCount> make_seeds() {
  std::array<std::uint64_t, schema::kMinHashCount> seeds{};
  for (std::size_t i = 0; i < seeds.size(); ++i) {
    seeds[i] = mix(0x6E65617264757073ULL + i);  // "neardups"
  }
  return seeds;
}

constexpr auto kSeeds = make_seeds();

std::vector<std::uint64_t> word_hashes(std::string_view text) {
  std::vector<std::uint64_t> hashes;
  for (const std::string& word : normalised_words(text)) {
    hashes.push_back(XXH3_64bits(word.data(), word.size()));
  }
  return hashes;
}

}  // namespace

std::vector<std::string> normalised_words(std::string_view text) {
  icu::UnicodeString folded =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), std::int32_t(text.size())));
  folded.foldCase();
  std::vector<std::string> words;
  icu::UnicodeString word;
  const auto flush = [&] {
    if (!word.isEmpty()) {
      std::string utf8;
      words.push_back(word.toUTF8String(utf8));
      word.remove();
    }
  };
  for (std::int32_t i = 0; i < folded.length();) {
    const UChar32 c = folded.char32At(i);
    if (u_isalnum(c)) {
      word.append(c);
    } else {
      flush();
    }
    i += U16_LENGTH(c);
  }
  flush();
  return words;
}

std::vector<std::uint32_t> near_duplicate_signature(std::string_view text) {
  const std::vector<std::uint64_t> words = word_hashes(text);
  if (words.size() < kShingleWords + kMinShingles - 1) {
    return {};
  }
  std::vector<std::uint32_t> minima(schema::kMinHashCount,
                                    std::numeric_limits<std::uint32_t>::max());
  for (std::size_t start = 0; start + kShingleWords <= words.size(); ++start) {
    const std::uint64_t shingle =
        XXH3_64bits(words.data() + start, kShingleWords * sizeof(std::uint64_t));
    for (std::size_t i = 0; i < minima.size(); ++i) {
      const auto h = static_cast<std::uint32_t>(mix(shingle ^ kSeeds[i]) >> 32);
      minima[i] = h < minima[i] ? h : minima[i];
    }
  }
  return minima;
}

void add_near_duplicate_signature(Article& article) {
  article.near_duplicate = near_duplicate_signature(article.body);
}

}  // namespace news
