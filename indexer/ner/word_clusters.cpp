#include "word_clusters.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <numeric>
#include <stdexcept>

#include "kmeans.hpp"
#include "tokenizer.hpp"
#include "utf8.hpp"

namespace news::ner {
namespace {

constexpr std::uint32_t kBreak = 0;
constexpr std::uint32_t kClasses = 4;  // break, capitalised, number, other

// PPMI vectors from sorted (row << 32 | context) pairs, one per occurrence.
std::vector<SparseVector> ppmi_vectors(const std::vector<std::uint64_t>& pairs, std::size_t rows,
                                       std::size_t contexts) {
  std::vector<double> row_total(rows, 0), ctx_total(contexts, 0);
  for (std::uint64_t p : pairs) {
    row_total[p >> 32] += 1;
    ctx_total[p & 0xFFFFFFFF] += 1;
  }
  auto total = static_cast<double>(pairs.size());
  std::vector<SparseVector> vecs(rows);
  for (std::size_t i = 0; i < pairs.size();) {
    std::size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) {
      ++j;
    }
    std::uint64_t row = pairs[i] >> 32, ctx = pairs[i] & 0xFFFFFFFF;
    double pmi = std::log(static_cast<double>(j - i) * total / (row_total[row] * ctx_total[ctx]));
    if (pmi > 0) {
      vecs[row].index.push_back(static_cast<std::uint32_t>(ctx));
      vecs[row].value.push_back(static_cast<float>(pmi));
    }
    i = j;
  }
  for (SparseVector& v : vecs) {
    normalize(v);
  }
  return vecs;
}

}  // namespace

void WordClusterer::add_text(std::string_view text) {
  if (m_forms.empty()) {
    m_forms.emplace_back();  // id 0: the paragraph break
    m_counts.push_back(0);
  }
  for (const Token& t : tokenize(text)) {
    auto [it, fresh] =
        m_ids.try_emplace(std::string(t.text), static_cast<std::uint32_t>(m_forms.size()));
    if (fresh) {
      m_forms.emplace_back(t.text);
      m_counts.push_back(0);
    }
    m_counts[it->second] += 1;
    m_stream.push_back(it->second);
  }
  m_stream.push_back(kBreak);
}

// Context class of every form: a frequent lower-cased word, else a coarse class.
std::vector<std::uint32_t> WordClusterer::context_classes() const {
  std::vector<std::uint32_t> order(m_forms.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](auto a, auto b) { return m_counts[a] > m_counts[b]; });
  std::unordered_map<std::string, std::uint32_t> ids;
  std::vector<std::uint32_t> ctx_of(m_forms.size(), 0);
  for (std::uint32_t f : order) {
    std::string lower = ascii_lower(m_forms[f]);
    auto it = ids.find(lower);
    if (it == ids.end() && ids.size() < m_options.context_words) {
      it = ids.emplace(lower, static_cast<std::uint32_t>(ids.size() + kClasses)).first;
    }
    unsigned char c0 = m_forms[f].empty() ? 0 : static_cast<unsigned char>(m_forms[f][0]);
    ctx_of[f] = it != ids.end() ? it->second : is_upper(c0) ? 1 : is_digit(c0) ? 2 : 3;
  }
  ctx_of[kBreak] = 0;
  return ctx_of;
}

// Sorted (row << 32 | side * contexts + context) pairs for every vocabulary occurrence.
std::vector<std::uint64_t> WordClusterer::context_pairs(
    const std::vector<std::string>& vocab) const {
  std::vector<std::uint32_t> ctx_of = context_classes();
  std::uint64_t contexts = m_options.context_words + kClasses;
  std::vector<std::int64_t> row_of(m_forms.size(), -1);
  for (std::size_t r = 0; r < vocab.size(); ++r) {
    row_of[m_ids.at(vocab[r])] = static_cast<std::int64_t>(r);
  }
  std::vector<std::uint64_t> pairs;
  for (std::size_t i = 0; i < m_stream.size(); ++i) {
    std::int64_t row = row_of[m_stream[i]];
    if (row < 0) {
      continue;
    }
    std::uint64_t left = i > 0 ? ctx_of[m_stream[i - 1]] : 0;
    std::uint64_t right = i + 1 < m_stream.size() ? ctx_of[m_stream[i + 1]] : 0;
    auto r = static_cast<std::uint64_t>(row) << 32;
    pairs.push_back(r | left);
    pairs.push_back(r | (contexts + right));
  }
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

std::vector<std::pair<std::string, ClusterIds>> WordClusterer::build() const {
  std::vector<std::uint32_t> order;
  for (std::uint32_t f = 1; f < m_forms.size(); ++f) {
    if (m_counts[f] >= m_options.min_count) {
      order.push_back(f);
    }
  }
  std::sort(order.begin(), order.end(), [&](auto a, auto b) { return m_counts[a] > m_counts[b]; });
  order.resize(std::min(order.size(), m_options.max_words));
  std::vector<std::string> vocab;
  for (std::uint32_t f : order) {
    vocab.push_back(m_forms[f]);
  }
  std::size_t dims = 2 * (m_options.context_words + kClasses);
  std::vector<SparseVector> vecs = ppmi_vectors(context_pairs(vocab), vocab.size(), dims);
  std::vector<std::pair<std::string, ClusterIds>> out;
  for (const std::string& w : vocab) {
    out.emplace_back(w, ClusterIds{});
  }
  for (std::size_t level = 0; level < kClusterLevels; ++level) {
    std::vector<std::uint32_t> ids =
        spherical_kmeans(vecs, dims, m_options.clusters[level], m_options.iterations,
                         m_options.seed + static_cast<std::uint32_t>(level));
    for (std::size_t w = 0; w < vocab.size(); ++w) {
      out[w].second[level] = static_cast<std::uint16_t>(ids[w]);
    }
  }
  return out;
}

std::string strip_markup(std::string_view sgml) {
  std::string out;
  out.reserve(sgml.size());
  for (std::size_t i = 0; i < sgml.size(); ++i) {
    char c = sgml[i];
    if (c == '<') {
      std::size_t close = sgml.find('>', i);
      i = close == std::string_view::npos ? sgml.size() : close;
      out += '\n';
    } else if (c == '&') {
      std::size_t semi = sgml.substr(i, 8).find(';');
      bool entity = semi != std::string_view::npos;
      semi += i;
      std::string_view name = entity ? sgml.substr(i + 1, semi - i - 1) : "";
      out += name == "lt" ? "<" : name == "gt" ? ">" : name == "amp" ? "&" : entity ? " " : "&";
      i = entity ? semi : i;
    } else {
      out += c;
    }
  }
  return out;
}

void write_cluster_file(const std::vector<std::pair<std::string, ClusterIds>>& clusters,
                        const std::string& path) {
  std::ofstream out(path);
  for (const auto& [word, ids] : clusters) {
    out << word << '\t' << ids[0] << ' ' << ids[1] << ' ' << ids[2] << '\n';
  }
  if (!out) {
    throw std::runtime_error("cannot write cluster file '" + path + "'");
  }
}

}  // namespace news::ner
