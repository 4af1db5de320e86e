#include "known_names.hpp"

#include "entity_terms.hpp"
#include "name_fold.hpp"

namespace news::catalogue {
namespace {

// A name must have been recognised in this many articles...
constexpr std::size_t kMinArticles = 5;
// ...and be part of a person's name in this share of the articles that use the word.
constexpr double kMinPersonShare = 0.7;

bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_word_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// The folded words of the article's recognised names, except organisations and places
// of one word, which the caller may find to be a known person instead.
std::set<std::string> named_words(const Article& a) {
  std::set<std::string> words;
  for (const auto* names : {&a.persons, &a.orgs, &a.places}) {
    for (const std::string& name : *names) {
      const std::string folded = fold_name(name);
      if (names != &a.persons && folded.find(' ') == std::string::npos) {
        continue;
      }
      std::size_t start = 0;
      while (start < folded.size()) {
        const std::size_t end = std::min(folded.find(' ', start), folded.size());
        words.insert(folded.substr(start, end - start));
        start = end + 1;
      }
    }
  }
  return words;
}

}  // namespace

KnownNames::KnownNames(const Xapian::Database& db,
                       const std::map<std::string, std::size_t>& persons,
                       const std::map<std::string, std::string>& display) {
  // One-word names and the surnames of longer ones, with their articles and written form.
  std::map<std::string, std::pair<std::size_t, std::string>> words;
  for (const auto& [name, count] : persons) {
    const std::size_t space = name.rfind(' ');
    const std::string word = space == std::string::npos ? name : name.substr(space + 1);
    const auto it = display.find(name);
    const std::string shown = it == display.end() ? name : it->second;
    const std::size_t shown_space = shown.rfind(' ');
    auto& [total, form] = words[word];
    total += count;
    if (form.empty() || space == std::string::npos) {
      form = shown_space == std::string::npos ? shown : shown.substr(shown_space + 1);
    }
  }
  for (const auto& [word, entry] : words) {
    const std::size_t count = entry.first;
    if (count < kMinArticles || word.size() < 3 || fold_name(entry.second) != word) {
      continue;
    }
    const bool mostly_person = schema::entity_article_count(db, "org", word) * 2 < count &&
                               schema::entity_article_count(db, "place", word) * 2 < count;
    if (mostly_person && schema::entity_word_share(db, "person", word) >= kMinPersonShare) {
      m_names[word] = entry.second;
    }
  }
}

void KnownNames::add_missed(Article& article) const {
  if (m_names.empty()) {
    return;
  }
  std::set<std::string> covered;
  std::set<std::string> added;
  for (const std::string* text : {&article.title, &article.body}) {
    std::size_t i = 0;
    while (i < text->size()) {
      if (!is_word_char((*text)[i])) {
        ++i;
        continue;
      }
      std::size_t end = i;
      while (end < text->size() && is_word_char((*text)[end])) {
        ++end;
      }
      if (is_upper((*text)[i])) {
        const auto it = m_names.find(fold_name(std::string_view(*text).substr(i, end - i)));
        if (it != m_names.end() && !added.contains(it->first)) {
          if (covered.empty()) {
            covered = named_words(article);
            covered.insert("");  // computed
          }
          if (!covered.contains(it->first)) {
            article.persons.push_back(it->second);
            added.insert(it->first);
            // The archive calls it a person: not also an organisation or place here.
            for (auto* names : {&article.orgs, &article.places}) {
              std::erase_if(*names,
                            [&](const std::string& n) { return fold_name(n) == it->first; });
            }
          }
        }
      }
      i = end;
    }
  }
}

}  // namespace news::catalogue
