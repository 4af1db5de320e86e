#pragma once

#include <string>

#include "lexicon.hpp"

namespace news::ner {

// Adds the built-in gazetteers to `lexicon`: country and region names, languages and
// time-zone exemplar cities from ICU's English display names, plus short lists of US
// states, common country aliases, person titles and organisation words.
void add_builtin_gazetteer(Lexicon& lexicon);

// Adds phrases from a text file, one per line: "CATEGORY<TAB>phrase", where CATEGORY
// is country, city, nationality, title, orgword, place, org or person. Throws
// std::runtime_error if the file cannot be read or a category is unknown.
void load_gazetteer_file(Lexicon& lexicon, const std::string& path);

// Adds word clusters from a text file, one word per line: "word<TAB>id id id" with
// one id per granularity (coarse to fine). Throws std::runtime_error on failure.
void load_cluster_file(Lexicon& lexicon, const std::string& path);

}  // namespace news::ner
