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

void add_spelling_data(Xapian::WritableDatabase& db, const Xapian::Document& doc) {
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    const std::string word = spelling_word(*it);
    if (!word.empty()) {
      db.add_spelling(word, 1);
    }
  }
}

}  // namespace news::schema
