#include <gtest/gtest.h>

#include <limits>
#include <random>

#include "two_pass_weights.hpp"
#include "weights.hpp"

namespace news::ner {
namespace {

TEST(NerScoring, WordCacheFindsOnlyEqualKeyLists) {
  TwoPassWeights::WordCache cache(8);
  std::vector<std::uint32_t> a = {7, 8, 9};
  std::vector<std::uint32_t> b = {7, 8, 10};
  EXPECT_EQ(cache.find(a.data(), a.size()), nullptr);
  TwoPassWeights::Scores s;
  s.pass[0][3] = 42;
  s.pass[1][16] = -5;
  cache.insert(a.data(), a.size(), s);
  const TwoPassWeights::Scores* got = cache.find(a.data(), a.size());
  ASSERT_NE(got, nullptr);
  EXPECT_EQ(got->pass[0][3], 42);
  EXPECT_EQ(got->pass[1][16], -5);
  EXPECT_EQ(cache.find(b.data(), b.size()), nullptr);
  EXPECT_EQ(cache.find(a.data(), 2), nullptr);
}

TEST(NerScoring, WordCacheStopsRememberingWhenFull) {
  TwoPassWeights::WordCache cache(0);
  std::vector<std::uint32_t> keys(100);
  for (std::uint32_t k = 0; k < keys.size(); ++k) {
    keys[k] = k + 1;
    cache.insert(&keys[k], 1, TwoPassWeights::Scores{});
  }
  EXPECT_NE(cache.find(&keys[0], 1), nullptr);
  EXPECT_EQ(cache.find(&keys[99], 1), nullptr);
}

// Score of the best BILOU-valid tag sequence, by trying them all.
float best_by_search(const std::vector<float>& e, std::size_t n, const Weights::Transitions& tr,
                     std::vector<Tag>& seq, std::size_t i, float so_far) {
  if (i == n) {
    return can_end(seq[n - 1]) ? so_far : -std::numeric_limits<float>::infinity();
  }
  float best = -std::numeric_limits<float>::infinity();
  for (Tag t = 0; t < kTagCount; ++t) {
    Tag prev = i == 0 ? kOutside : seq[i - 1];
    if (!transition_allowed(prev, t)) {
      continue;
    }
    seq[i] = t;
    float step = e[i * kTagCount + t] + (i == 0 ? 0.0f : tr[prev * kTagCount + t]);
    best = std::max(best, best_by_search(e, n, tr, seq, i + 1, so_far + step));
  }
  return best;
}

TEST(NerScoring, ViterbiFindsTheBestValidSequence) {
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> d(-2.0f, 2.0f);
  for (int round = 0; round < 20; ++round) {
    Weights::Transitions tr{};
    for (float& x : tr) {
      x = d(rng);
    }
    const std::size_t n = 3;
    std::vector<float> e(n * kTagCount);
    for (float& x : e) {
      x = d(rng);
    }
    std::vector<Tag> tags = viterbi(e, n, tr);
    float got = e[tags[0]];
    for (std::size_t i = 1; i < n; ++i) {
      ASSERT_TRUE(transition_allowed(tags[i - 1], tags[i]));
      got += tr[tags[i - 1] * kTagCount + tags[i]] + e[i * kTagCount + tags[i]];
    }
    std::vector<Tag> seq(n);
    EXPECT_NEAR(got, best_by_search(e, n, tr, seq, 0, 0.0f), 1e-4f);
  }
}

}  // namespace
}  // namespace news::ner
