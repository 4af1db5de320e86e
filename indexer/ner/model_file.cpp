#include "model_file.hpp"

#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace news::ner {
namespace {

constexpr std::string_view kMagic = "NEWSNER";
constexpr std::uint32_t kVersion = 1;

class Writer {
 public:
  template <typename T>
  void put(T v) {
    char buf[sizeof(T)];
    std::memcpy(buf, &v, sizeof(T));
    m_out.append(buf, sizeof(T));
  }
  void put_string(std::string_view s) {
    put(static_cast<std::uint16_t>(s.size()));
    m_out.append(s);
  }
  std::string& bytes() { return m_out; }

 private:
  std::string m_out;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : m_in(in) {}
  template <typename T>
  T get() {
    need(sizeof(T));
    T v;
    std::memcpy(&v, m_in.data() + m_pos, sizeof(T));
    m_pos += sizeof(T);
    return v;
  }
  std::string_view get_string() {
    auto n = get<std::uint16_t>();
    need(n);
    std::string_view s = m_in.substr(m_pos, n);
    m_pos += n;
    return s;
  }
  // Reads an element count and checks that `count` elements of at least `min_size`
  // bytes each can follow, so that a corrupt count cannot ask for huge allocations.
  std::uint32_t get_count(std::size_t min_size) {
    auto count = get<std::uint32_t>();
    if (count > (m_in.size() - m_pos) / min_size) {
      throw std::runtime_error("NER model is corrupt: bad count at byte " + std::to_string(m_pos));
    }
    return count;
  }
  std::string_view get_bytes(std::size_t n) {
    need(n);
    std::string_view s = m_in.substr(m_pos, n);
    m_pos += n;
    return s;
  }

 private:
  void need(std::size_t n) const {
    if (m_in.size() - m_pos < n) {
      throw std::runtime_error("NER model is truncated at byte " + std::to_string(m_pos));
    }
  }
  std::string_view m_in;
  std::size_t m_pos = 0;
};

void write_weights(Writer& w, const Weights& weights) {
  w.put(weights.scale());
  for (float t : weights.transitions()) {
    w.put(t);
  }
  std::vector<SparseRow> rows = weights.rows();
  w.put(static_cast<std::uint32_t>(rows.size()));
  for (const SparseRow& row : rows) {
    w.put(row.key);
    w.put(static_cast<std::uint8_t>(row.weights.size()));
    for (auto [tag, value] : row.weights) {
      w.put(tag);
      w.put(value);
    }
  }
}

Weights read_weights(Reader& r) {
  auto scale = r.get<float>();
  Weights::Transitions transitions{};
  for (float& t : transitions) {
    t = r.get<float>();
  }
  std::vector<SparseRow> rows(r.get_count(5));
  for (SparseRow& row : rows) {
    row.key = r.get<std::uint32_t>();
    auto n = r.get<std::uint8_t>();
    for (std::uint8_t k = 0; k < n; ++k) {
      auto tag = r.get<Tag>();
      auto value = r.get<std::int16_t>();
      if (tag >= kTagCount) {
        throw std::runtime_error("NER model has an invalid tag number");
      }
      row.weights.emplace_back(tag, value);
    }
  }
  return Weights(scale, transitions, rows);
}

void write_lexicon(Writer& w, const Lexicon& lex) {
  w.put(static_cast<std::uint32_t>(lex.clusters().size()));
  for (const auto& [word, ids] : lex.clusters()) {
    w.put_string(word);
    for (std::uint16_t id : ids) {
      w.put(id);
    }
  }
  w.put(static_cast<std::uint32_t>(lex.phrases().size()));
  for (const auto& [phrase, mask] : lex.phrases()) {
    w.put_string(phrase);
    w.put(mask);
  }
}

void read_lexicon(Reader& r, Lexicon& lex) {
  auto clusters = r.get_count(2 + sizeof(ClusterIds));
  for (std::uint32_t i = 0; i < clusters; ++i) {
    std::string word(r.get_string());
    ClusterIds ids{};
    for (std::uint16_t& id : ids) {
      id = r.get<std::uint16_t>();
    }
    lex.add_cluster(std::move(word), ids);
  }
  auto phrases = r.get_count(3);
  for (std::uint32_t i = 0; i < phrases; ++i) {
    std::string_view phrase = r.get_string();
    lex.add_phrase_mask(phrase, r.get<std::uint8_t>());
  }
}

}  // namespace

std::string serialize_model(const Model& model) {
  Writer w;
  w.bytes().append(kMagic);
  w.put(kVersion);
  write_lexicon(w, model.lexicon);
  write_weights(w, model.first_pass);
  write_weights(w, model.second_pass);
  return std::move(w.bytes());
}

Model parse_model(std::string_view bytes) {
  Reader r(bytes);
  if (r.get_bytes(kMagic.size()) != kMagic) {
    throw std::runtime_error("not a newsindex NER model (bad magic bytes)");
  }
  if (auto version = r.get<std::uint32_t>(); version != kVersion) {
    throw std::runtime_error("unsupported NER model version " + std::to_string(version));
  }
  Model model;
  read_lexicon(r, model.lexicon);
  model.first_pass = read_weights(r);
  model.second_pass = read_weights(r);
  return model;
}

Model load_model_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error("cannot open NER model file '" + path + "'");
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  try {
    return parse_model(buf.str());
  } catch (const std::runtime_error& e) {
    throw std::runtime_error("NER model file '" + path + "': " + e.what());
  }
}

void save_model_file(const Model& model, const std::string& path) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  std::string bytes = serialize_model(model);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) {
    throw std::runtime_error("cannot write NER model file '" + path + "'");
  }
}

}  // namespace news::ner
