#include "perceptron_trainer.hpp"

#include <algorithm>
#include <cmath>
#include <random>
#include <set>
#include <tuple>
#include <unordered_map>

#include "tagger.hpp"

namespace news::ner {
namespace {

struct IndexedSentence {
  std::vector<std::uint32_t> features;  // dense feature indices, flattened
  std::vector<std::uint32_t> offsets;   // per token
  std::vector<Tag> gold;
};

class Perceptron {
 public:
  Perceptron(const std::vector<Example>& train, const PerceptronOptions& options)
      : m_options(options) {
    index(train);
    m_w.assign(m_keys.size() * kTagCount, 0.0f);
    m_u.assign(m_keys.size() * kTagCount, 0.0);
  }

  void epoch(std::mt19937& rng) {
    std::vector<std::size_t> order(m_sentences.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
      order[i] = i;
    }
    std::shuffle(order.begin(), order.end(), rng);
    for (std::size_t s : order) {
      learn(m_sentences[s]);
      m_step += 1.0;
    }
  }

  Weights averaged() const;

 private:
  void index(const std::vector<Example>& train);
  void learn(const IndexedSentence& s);
  void update(const IndexedSentence& s, const std::vector<Tag>& pred);

  PerceptronOptions m_options;
  std::vector<std::uint32_t> m_keys;
  std::vector<IndexedSentence> m_sentences;
  // Weights and step-weighted update sums (double: the sums grow large).
  std::vector<float> m_w;
  std::vector<double> m_u;
  std::array<float, kTagCount * kTagCount> m_tw{};
  std::array<double, kTagCount * kTagCount> m_tu{};
  double m_step = 1.0;
};

void Perceptron::index(const std::vector<Example>& train) {
  std::unordered_map<std::uint32_t, std::uint32_t> ids;
  for (const Example& ex : train) {
    std::vector<Tag> gold = spans_to_tags(*ex.gold, ex.doc->tokens.size());
    for (const Sentence& sent : ex.doc->sentences) {
      IndexedSentence is;
      for (std::size_t i = sent.first; i < sent.last; ++i) {
        is.offsets.push_back(static_cast<std::uint32_t>(is.features.size()));
        for (std::uint32_t f = ex.features->offsets[i]; f < ex.features->offsets[i + 1]; ++f) {
          std::uint32_t key = ex.features->keys[f];
          auto [it, fresh] = ids.try_emplace(key, static_cast<std::uint32_t>(m_keys.size()));
          if (fresh) {
            m_keys.push_back(key);
          }
          is.features.push_back(it->second);
        }
        is.gold.push_back(gold[i]);
      }
      is.offsets.push_back(static_cast<std::uint32_t>(is.features.size()));
      m_sentences.push_back(std::move(is));
    }
  }
}

void Perceptron::learn(const IndexedSentence& s) {
  std::size_t n = s.gold.size();
  std::vector<float> em(n * kTagCount, 0.0f);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::uint32_t f = s.offsets[i]; f < s.offsets[i + 1]; ++f) {
      const float* row = &m_w[static_cast<std::size_t>(s.features[f]) * kTagCount];
      for (std::size_t t = 0; t < kTagCount; ++t) {
        em[i * kTagCount + t] += row[t];
      }
    }
  }
  std::vector<Tag> pred = viterbi(em, n, m_tw);
  if (pred != s.gold) {
    update(s, pred);
  }
}

void Perceptron::update(const IndexedSentence& s, const std::vector<Tag>& pred) {
  auto bump = [&](std::size_t at, float d) {
    m_w[at] += d;
    m_u[at] += d * m_step;
  };
  for (std::size_t i = 0; i < s.gold.size(); ++i) {
    if (i > 0) {
      m_tw[s.gold[i - 1] * kTagCount + s.gold[i]] += 1.0f;
      m_tu[s.gold[i - 1] * kTagCount + s.gold[i]] += m_step;
      m_tw[pred[i - 1] * kTagCount + pred[i]] -= 1.0f;
      m_tu[pred[i - 1] * kTagCount + pred[i]] -= m_step;
    }
    if (pred[i] == s.gold[i]) {
      continue;
    }
    for (std::uint32_t f = s.offsets[i]; f < s.offsets[i + 1]; ++f) {
      std::size_t row = static_cast<std::size_t>(s.features[f]) * kTagCount;
      bump(row + s.gold[i], 1.0f);
      bump(row + pred[i], -1.0f);
    }
  }
}

Weights Perceptron::averaged() const {
  Weights::Transitions transitions{};
  for (std::size_t k = 0; k < transitions.size(); ++k) {
    transitions[k] = static_cast<float>(m_tw[k] - m_tu[k] / m_step);
  }
  float max_abs = 1e-6f;
  std::vector<float> avg(m_w.size());
  for (std::size_t k = 0; k < m_w.size(); ++k) {
    avg[k] = static_cast<float>(m_w[k] - m_u[k] / m_step);
    max_abs = std::max(max_abs, std::fabs(avg[k]));
  }
  float scale = max_abs / 32767.0f;
  std::vector<SparseRow> rows;
  for (std::size_t f = 0; f < m_keys.size(); ++f) {
    SparseRow row{m_keys[f], {}};
    for (std::size_t t = 0; t < kTagCount; ++t) {
      float w = avg[f * kTagCount + t];
      auto q = static_cast<std::int16_t>(std::lround(w / scale));
      if (std::fabs(w) >= m_options.prune && q != 0) {
        row.weights.emplace_back(static_cast<Tag>(t), q);
      }
    }
    if (!row.weights.empty()) {
      rows.push_back(std::move(row));
    }
  }
  return Weights(scale, transitions, rows);
}

}  // namespace

double span_f1(const Weights& weights, const std::vector<Example>& docs) {
  double tp = 0, n_pred = 0, n_gold = 0;
  for (const Example& ex : docs) {
    std::vector<Span> pred = tag_pass(weights, *ex.doc, *ex.features);
    std::set<std::tuple<std::size_t, std::size_t, int>> gold;
    for (const Span& g : *ex.gold) {
      gold.emplace(g.first, g.last, static_cast<int>(g.type));
    }
    for (const Span& p : pred) {
      tp += gold.count({p.first, p.last, static_cast<int>(p.type)}) > 0 ? 1 : 0;
    }
    n_pred += static_cast<double>(pred.size());
    n_gold += static_cast<double>(gold.size());
  }
  return n_pred + n_gold > 0 ? 2 * tp / (n_pred + n_gold) : 0.0;
}

Weights train_perceptron(const std::vector<Example>& train, const std::vector<Example>& dev,
                         const PerceptronOptions& options, std::ostream& log) {
  Perceptron p(train, options);
  std::mt19937 rng(options.seed);
  Weights best;
  double best_f1 = -1;
  for (int e = 1; e <= options.epochs; ++e) {
    p.epoch(rng);
    if (dev.empty()) {
      continue;
    }
    Weights w = p.averaged();
    double f1 = span_f1(w, dev);
    log << "  epoch " << e << ": dev span F1 " << f1 << (f1 > best_f1 ? " *" : "") << "\n";
    if (f1 > best_f1) {
      best_f1 = f1;
      best = std::move(w);
    }
  }
  return dev.empty() ? p.averaged() : best;
}

}  // namespace news::ner
