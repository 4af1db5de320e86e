#include "spelling_data.hpp"

#include "fields.hpp"

namespace news::schema {
namespace {

constexpr std::size_t kMinSpellingBytes = 3;

bool is_word_term(std::string_view word) {
  if (word.size() < kMinSpellingBytes) {
    return false;
  }
  for (unsigned char c : word) {
    const bool letter = (c >= 'a' && c <= 'z') || c >= 0x80;
    if (!letter) {
      return false;
    }
  }
  return true;
}

// The prefix of a name-word term ("XP"), or an empty view when the term is not one.
std::string_view entity_prefix_of(const std::string& term) {
  for (const Field& f : kFields) {
    if (f.kind == FieldKind::kEntity && term.starts_with(f.prefix)) {
      return f.prefix;
    }
  }
  return {};
}

}  // namespace

std::string spelling_word(const std::string& term) {
  if (!term.empty() && term[0] >= 'A' && term[0] <= 'Z') {
    const std::string_view prefix = entity_prefix_of(term);
    const std::string_view word = std::string_view(term).substr(prefix.size());
    return !prefix.empty() && is_word_term(word) ? std::string(word) : std::string();
  }
  return is_word_term(term) ? term : std::string();
}

std::vector<std::string> spelling_words(const Xapian::Document& doc) {
  std::vector<std::string> words;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    std::string word = spelling_word(*it);
    if (!word.empty()) {
      words.push_back(std::move(word));
    }
  }
  return words;
}

void add_spelling_data(Xapian::WritableDatabase& db, const Xapian::Document& doc) {
  for (const std::string& word : spelling_words(doc)) {
    db.add_spelling(word, 1);
  }
}

void SpellingCounts::add(const std::vector<std::string>& words) {
  for (const std::string& word : words) {
    ++m_counts[word];
  }
}

void SpellingCounts::write_to(Xapian::WritableDatabase& db) {
  for (const auto& [word, count] : m_counts) {
    db.add_spelling(word, count);
  }
  m_counts.clear();
}

}  // namespace news::schema
