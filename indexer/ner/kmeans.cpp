#include "kmeans.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace news::ner {
namespace {

// Centroids stored dimension-major (`k` values per dimension), so scoring a sparse
// point against all centroids is one contiguous multiply-add per non-zero.
class Centroids {
 public:
  Centroids(std::size_t dimensions, std::size_t k) : m_k(k), m_data(dimensions * k, 0.0f) {}

  std::uint32_t nearest(const SparseVector& p, std::vector<float>& scores) const {
    scores.assign(m_k, 0.0f);
    for (std::size_t n = 0; n < p.index.size(); ++n) {
      const float* row = &m_data[static_cast<std::size_t>(p.index[n]) * m_k];
      float v = p.value[n];
      for (std::size_t j = 0; j < m_k; ++j) {
        scores[j] += v * row[j];
      }
    }
    return static_cast<std::uint32_t>(std::max_element(scores.begin(), scores.end()) -
                                      scores.begin());
  }

  void add(const SparseVector& p, std::size_t j) {
    for (std::size_t n = 0; n < p.index.size(); ++n) {
      m_data[static_cast<std::size_t>(p.index[n]) * m_k + j] += p.value[n];
    }
  }

  // Scales every centroid to unit length.
  void normalize_all() {
    std::vector<double> norms(m_k, 0.0);
    for (std::size_t at = 0; at < m_data.size(); ++at) {
      norms[at % m_k] += static_cast<double>(m_data[at]) * m_data[at];
    }
    for (std::size_t at = 0; at < m_data.size(); ++at) {
      double n = std::sqrt(norms[at % m_k]);
      m_data[at] = n > 0 ? static_cast<float>(m_data[at] / n) : 0.0f;
    }
  }

 private:
  std::size_t m_k;
  std::vector<float> m_data;
};

}  // namespace

void normalize(SparseVector& v) {
  double sum = 0;
  for (float x : v.value) {
    sum += static_cast<double>(x) * x;
  }
  if (sum > 0) {
    auto n = static_cast<float>(std::sqrt(sum));
    for (float& x : v.value) {
      x /= n;
    }
  }
}

std::vector<std::uint32_t> spherical_kmeans(const std::vector<SparseVector>& points,
                                            std::size_t dimensions, std::size_t k, int iterations,
                                            std::uint32_t seed) {
  std::vector<std::uint32_t> assignment(points.size(), 0);
  k = std::min(k, points.size());
  if (k == 0) {
    return assignment;
  }
  std::vector<std::size_t> picks(points.size());
  std::iota(picks.begin(), picks.end(), 0);
  std::mt19937 rng(seed);
  std::shuffle(picks.begin(), picks.end(), rng);
  Centroids centroids(dimensions, k);
  for (std::size_t j = 0; j < k; ++j) {
    centroids.add(points[picks[j]], j);
  }
  std::vector<float> scores;
  for (int it = 0; it <= iterations; ++it) {
    for (std::size_t i = 0; i < points.size(); ++i) {
      assignment[i] = centroids.nearest(points[i], scores);
    }
    if (it == iterations) {
      break;
    }
    Centroids next(dimensions, k);
    for (std::size_t i = 0; i < points.size(); ++i) {
      next.add(points[i], assignment[i]);
    }
    next.normalize_all();
    centroids = std::move(next);
  }
  return assignment;
}

}  // namespace news::ner
