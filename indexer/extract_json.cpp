#include "extract_json.hpp"

#include "article_json.hpp"

namespace news {

std::string extract_json_line(const Article& a) {
  nlohmann::ordered_json j = article_json(a);
  j["words"] = count_words(a);
  j["body"] = a.body;
  return dump_json_line(j);
}

}  // namespace news
