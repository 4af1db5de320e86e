#pragma once

#include <string>
#include <vector>

namespace news::ner {

// The named entities of one article: canonical names (full, properly cased,
// de-duplicated) in order of first mention.
struct EntitySets {
  std::vector<std::string> persons;
  std::vector<std::string> orgs;
  std::vector<std::string> places;
};

}  // namespace news::ner
