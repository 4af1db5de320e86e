#include "near_duplicate_signature.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <xxhash.h>

#include <array>
#include <limits>

#include "near_duplicates.hpp"
#include "story_text.hpp"
#include "timestamp.hpp"

namespace news {
namespace {

// splitmix64, to derive the fixed permutation parameters.
constexpr std::uint64_t mix(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

// One hash function per minimum: h_i(x) = high 32 bits of (a_i * x + b_i) mod 2^64, a_i odd
// (multiply-shift). Fixed parameters: a signature means the same in every run and index.
struct Permutations {
  std::array<std::uint64_t, schema::kMinHashCount> a{};
  std::array<std::uint64_t, schema::kMinHashCount> b{};
};

constexpr Permutations make_permutations() {
  Permutations p;
  for (std::size_t i = 0; i < schema::kMinHashCount; ++i) {
    p.a[i] = mix(0x6E65617264757073ULL + 2 * i) | 1U;  // "neardups"
    p.b[i] = mix(0x6E65617264757073ULL + 2 * i + 1);
  }
  return p;
}

constexpr Permutations kPermutations = make_permutations();

// Calls on_word(folded word as UTF-8) for each run of letters and digits of `text`. Simple
// case folding per code point; bytes that are not valid UTF-8 separate words.
template <typename OnWord>
void for_each_word(std::string_view text, OnWord on_word) {
  std::string word;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = std::int32_t(text.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = bytes[i];
    if (c < 0x80) {
      ++i;
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        word.push_back(char(c));
        continue;
      }
      if (c >= 'A' && c <= 'Z') {
        word.push_back(char(c - 'A' + 'a'));
        continue;
      }
    } else {
      U8_NEXT(bytes, i, length, c);
      if (c >= 0 && u_isalnum(c)) {
        c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
        char buf[U8_MAX_LENGTH];
        std::int32_t n = 0;
        U8_APPEND_UNSAFE(buf, n, c);
        word.append(buf, std::size_t(n));
        continue;
      }
    }
    if (!word.empty()) {
      on_word(std::string_view(word));
      word.clear();
    }
  }
  if (!word.empty()) {
    on_word(std::string_view(word));
  }
}

}  // namespace

std::vector<std::string> normalised_words(std::string_view text) {
  std::vector<std::string> words;
  for_each_word(text, [&](std::string_view word) { words.emplace_back(word); });
  return words;
}

std::vector<std::uint32_t> near_duplicate_signature(std::string_view text) {
  const std::vector<std::string> words = story_words(text);
  if (words.size() < kMinStoryWords) {
    return {};
  }
  std::array<std::uint32_t, schema::kMinHashCount> minima;
  minima.fill(std::numeric_limits<std::uint32_t>::max());
  for (const std::uint64_t shingle : shingle_hashes(words)) {
    for (std::size_t i = 0; i < minima.size(); ++i) {
      const auto h = std::uint32_t((kPermutations.a[i] * shingle + kPermutations.b[i]) >> 32);
      minima[i] = h < minima[i] ? h : minima[i];
    }
  }
  return {minima.begin(), minima.end()};
}

std::optional<std::uint64_t> short_text_print(const Article& article) {
  std::vector<std::string> words = normalised_words(article.title);
  const std::size_t headline = words.size();
  std::vector<std::string> body = story_words(article.body);
  if (headline + body.size() == 0) {
    return std::nullopt;  // nothing to say: not a copy of anything
  }
  words.insert(words.end(), std::make_move_iterator(body.begin()),
               std::make_move_iterator(body.end()));
  words.push_back(std::to_string(headline));
  words.push_back(article.date ? day_key(*article.date) : std::string());
  // Each word with its length before it, so that no two lists of words hash alike by
  // where their words break; the headline's length and the day close the list.
  std::string bytes;
  for (const std::string& word : words) {
    const std::uint64_t size = word.size();
    bytes.append(reinterpret_cast<const char*>(&size), sizeof size).append(word);
  }
  return XXH3_64bits(bytes.data(), bytes.size());
}

void add_near_duplicate_signature(Article& article) {
  article.near_duplicate = near_duplicate_signature(article.body);
  article.short_text_print.reset();
  if (article.near_duplicate.empty()) {
    article.short_text_print = short_text_print(article);
  }
}

}  // namespace news
