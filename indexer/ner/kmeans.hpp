#pragma once

#include <cstdint>
#include <vector>

namespace news::ner {

// A sparse vector: sorted dimension indices and their values.
struct SparseVector {
  std::vector<std::uint32_t> index;
  std::vector<float> value;
};

// Scales `v` to unit length (left alone if zero).
void normalize(SparseVector& v);

// Spherical k-means (cosine similarity) of unit-length sparse `points` with
// `dimensions` dimensions into `k` clusters, seeded from shuffled points, for
// `iterations` rounds. Returns the cluster of each point. Deterministic.
std::vector<std::uint32_t> spherical_kmeans(const std::vector<SparseVector>& points,
                                            std::size_t dimensions, std::size_t k, int iterations,
                                            std::uint32_t seed);

}  // namespace news::ner
