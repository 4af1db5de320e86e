#include "language.hpp"

#include <algorithm>
#include <cctype>

#include "fields.hpp"

namespace news::schema {

Xapian::Stem stemmer_for_language(std::string_view code) {
  const std::string language(code.empty() ? kDefaultLanguage : code);
  try {
    return Xapian::Stem(language);
  } catch (const Xapian::InvalidArgumentError&) {
    return Xapian::Stem();  // no stemmer for this language: words are indexed as they are
  }
}

std::string normalise_language_code(std::string_view text) {
  std::string code;
  for (char c : text.substr(0, text.find_first_of("-_"))) {
    code.push_back(char(std::tolower(static_cast<unsigned char>(c))));
  }
  const bool letters =
      std::all_of(code.begin(), code.end(), [](unsigned char c) { return c >= 'a' && c <= 'z'; });
  return letters && (code.size() == 2 || code.size() == 3) ? code : std::string();
}

std::vector<std::string> index_languages(const Xapian::Database& db, std::size_t limit,
                                         double min_share) {
  const std::string prefix(find_field("lang")->prefix);
  std::vector<std::pair<Xapian::doccount, std::string>> counted;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    counted.emplace_back(it.get_termfreq(), (*it).substr(prefix.size()));
  }
  std::sort(counted.rbegin(), counted.rend());
  std::vector<std::string> languages;
  const double least = min_share * double(db.get_doccount());
  for (std::size_t i = 0; i < counted.size() && i < limit; ++i) {
    if (i > 0 && double(counted[i].first) < least) {
      break;
    }
    languages.push_back(counted[i].second);
  }
  return languages;
}

}  // namespace news::schema
