#include "features.hpp"

#include "token_info.hpp"

namespace news::ner {
namespace {

// Feature templates. Their numbers are part of the model format: append only.
enum Template : std::uint64_t {
  kBias = 1,
  kWord,
  kLower,
  kShape,
  kShortShape,
  kPrefix,
  kSuffix = kPrefix + 3,
  kLowerPrev = kSuffix + 4,
  kLowerNext,
  kLowerPrev2,
  kLowerNext2,
  kBigramPrev,
  kBigramNext,
  kShapePrev,
  kShapeNext,
  kShapeTrigram,
  kSentenceStart,
  kHeadline,
  kCluster,
  kClusterPrev = kCluster + kClusterLevels,
  kClusterNext = kClusterPrev + kClusterLevels,
  kGazetteer = kClusterNext + kClusterLevels,
  kGazetteerPrev,
  kGazetteerNext,
  kLowerElsewhere,
  kCapMidElsewhere,
  kHint,
  kHintShape,
  kHintPrev,
  kHintNext,
};

constexpr std::uint64_t kBoundary = 0x9E3779B97F4A7C15ull;

std::uint64_t mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBull;
  x ^= x >> 31;
  return x;
}

[[gnu::always_inline]] inline std::uint32_t make_key(std::uint64_t tmpl, std::uint64_t value) {
  std::uint64_t h = mix64(value + tmpl * 0xD6E8FEB86659FD93ull);
  auto key = static_cast<std::uint32_t>(h ^ (h >> 32));
  return key == 0 ? 1 : key;
}

class Emitter {
 public:
  explicit Emitter(std::vector<std::uint32_t>& keys) : m_keys(keys) {}
  // Inlined: it runs for every key of every token.
  [[gnu::always_inline]] void operator()(std::uint64_t tmpl, std::uint64_t value) {
    m_keys.push_back(make_key(tmpl, value));
  }

 private:
  std::vector<std::uint32_t>& m_keys;
};

void word_features(const TokenInfo& t, Emitter& emit) {
  emit(kBias, 0);
  emit(kWord, t.word);
  emit(kLower, t.lower);
  emit(kShape, t.shape);
  emit(kShortShape, t.short_shape);
  for (std::uint64_t k = 0; k < 3; ++k) {
    if (t.prefix[k] != 0) {
      emit(kPrefix + k, t.prefix[k]);
    }
  }
  for (std::uint64_t k = 0; k < 4; ++k) {
    if (t.suffix[k] != 0) {
      emit(kSuffix + k, t.suffix[k]);
    }
  }
  for (std::uint64_t k = 0; k < kClusterLevels; ++k) {
    emit(kCluster + k, t.cluster[k]);
  }
  for (std::uint64_t bit = 0; bit < 32; ++bit) {
    if ((t.gazetteer >> bit & 1u) != 0) {
      emit(kGazetteer, bit);
    }
  }
  if (t.lower_elsewhere) {
    emit(kLowerElsewhere, t.short_shape);
  }
  if (t.cap_mid_elsewhere) {
    emit(kCapMidElsewhere, t.short_shape);
  }
  if (t.headline) {
    emit(kHeadline, t.short_shape);
  }
}

void neighbour_gazetteer(std::uint64_t tmpl, std::uint32_t gaz, Emitter& emit) {
  for (std::uint64_t bit = 0; bit < 32; ++bit) {
    if ((gaz >> bit & 1u) != 0) {
      emit(tmpl, bit);
    }
  }
}

void context_features(const std::vector<TokenInfo>& info, std::size_t i, const Sentence& s,
                      Emitter& emit) {
  const TokenInfo& t = info[i];
  const TokenInfo* prev = i > s.first ? &info[i - 1] : nullptr;
  const TokenInfo* next = i + 1 < s.last ? &info[i + 1] : nullptr;
  std::uint64_t prev_lower = prev ? prev->lower : kBoundary;
  std::uint64_t next_lower = next ? next->lower : kBoundary;
  std::uint64_t prev_shape = prev ? prev->short_shape : kBoundary;
  std::uint64_t next_shape = next ? next->short_shape : kBoundary;
  emit(kLowerPrev, prev_lower);
  emit(kLowerNext, next_lower);
  emit(kLowerPrev2, i > s.first + 1 ? info[i - 2].lower : kBoundary);
  emit(kLowerNext2, i + 2 < s.last ? info[i + 2].lower : kBoundary);
  emit(kBigramPrev, mix64(prev_lower) ^ t.lower);
  emit(kBigramNext, mix64(t.lower) ^ next_lower);
  emit(kShapePrev, mix64(prev_shape) ^ t.short_shape);
  emit(kShapeNext, mix64(t.short_shape) ^ next_shape);
  emit(kShapeTrigram, mix64(mix64(prev_shape) ^ t.short_shape) ^ next_shape);
  if (i == s.first) {
    emit(kSentenceStart, t.short_shape);
  }
  for (std::uint64_t k = 1; k < kClusterLevels; ++k) {
    emit(kClusterPrev + k, prev ? prev->cluster[k] : kNoCluster + 1);
    emit(kClusterNext + k, next ? next->cluster[k] : kNoCluster + 1);
  }
  neighbour_gazetteer(kGazetteerPrev, prev ? prev->gazetteer : 0, emit);
  neighbour_gazetteer(kGazetteerNext, next ? next->gazetteer : 0, emit);
}

void hint_features(const std::vector<std::uint8_t>& hints, const std::vector<TokenInfo>& info,
                   std::size_t i, const Sentence& s, Emitter& emit) {
  emit(kHint, hints[i]);
  emit(kHintShape, mix64(hints[i]) ^ info[i].short_shape);
  emit(kHintPrev, i > s.first ? hints[i - 1] : 255);
  emit(kHintNext, i + 1 < s.last ? hints[i + 1] : 255);
}

}  // namespace

std::uint64_t hash_bytes(std::string_view s) {
  std::uint64_t h = 0xCBF29CE484222325ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001B3ull;
  }
  return h;
}

std::uint32_t feature_key(std::uint64_t template_id, std::uint64_t value) {
  return make_key(template_id, value);
}

namespace {

// A lower-case word between words that are not capitalised: almost always outside any
// name, so it gets a short feature set (this keeps tagging fast).
bool is_quiet(const std::vector<TokenInfo>& info, std::size_t i, const Sentence& s) {
  return info[i].lowercase && (i == s.first || info[i - 1].plain) &&
         (i + 1 == s.last || info[i + 1].plain);
}

void quiet_word_features(const TokenInfo& t, Emitter& emit) {
  emit(kBias, 0);
  emit(kWord, t.word);
  emit(kShape, t.shape);
  emit(kSuffix + 1, t.suffix[1]);
  emit(kCluster, t.cluster[0]);
  emit(kCluster + 2, t.cluster[2]);
}

void quiet_context_features(const std::vector<TokenInfo>& info, std::size_t i, const Sentence& s,
                            Emitter& emit) {
  const TokenInfo& t = info[i];
  emit(kLowerPrev, i > s.first ? info[i - 1].lower : kBoundary);
  emit(kLowerNext, i + 1 < s.last ? info[i + 1].lower : kBoundary);
  for (std::uint64_t bit = 0; bit < 32; ++bit) {
    if ((t.gazetteer >> bit & 1u) != 0) {
      emit(kGazetteer, bit);
    }
  }
}

}  // namespace

FeatureMatrix FeatureExtractor::extract(const Document& doc, const std::vector<TokenInfo>& info,
                                        const std::vector<std::uint8_t>* hints) const {
  FeatureMatrix m;
  m.keys.reserve(doc.tokens.size() * 48);
  m.offsets.assign(doc.tokens.size() + 1, 0);
  m.word_keys.assign(doc.tokens.size(), 0);
  Emitter emit(m.keys);
  for (const Sentence& s : doc.sentences) {
    for (std::size_t i = s.first; i < s.last; ++i) {
      m.offsets[i] = static_cast<std::uint32_t>(m.keys.size());
      bool quiet = is_quiet(info, i, s);
      if (quiet) {
        quiet_word_features(info[i], emit);
      } else {
        word_features(info[i], emit);
      }
      m.word_keys[i] = static_cast<std::uint8_t>(m.keys.size() - m.offsets[i]);
      if (quiet) {
        quiet_context_features(info, i, s, emit);
      } else {
        context_features(info, i, s, emit);
      }
      if (hints != nullptr) {
        hint_features(*hints, info, i, s, emit);
      }
    }
  }
  m.offsets[doc.tokens.size()] = static_cast<std::uint32_t>(m.keys.size());
  return m;
}

FeatureMatrix FeatureExtractor::extract_hints(const Document& doc,
                                              const std::vector<TokenInfo>& info,
                                              const std::vector<std::uint8_t>& hints) const {
  FeatureMatrix m;
  m.keys.reserve(doc.tokens.size() * 4);
  m.offsets.assign(doc.tokens.size() + 1, 0);
  Emitter emit(m.keys);
  for (const Sentence& s : doc.sentences) {
    for (std::size_t i = s.first; i < s.last; ++i) {
      m.offsets[i] = static_cast<std::uint32_t>(m.keys.size());
      hint_features(hints, info, i, s, emit);
    }
  }
  m.offsets[doc.tokens.size()] = static_cast<std::uint32_t>(m.keys.size());
  return m;
}

}  // namespace news::ner
