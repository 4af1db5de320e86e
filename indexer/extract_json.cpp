#include "extract_json.hpp"

#include <cstdio>

#include "article_json.hpp"

namespace news {

std::string extract_json_line(const Article& a) {
  nlohmann::ordered_json j = article_json(a);
  j["words"] = count_words(a);
  if (a.near_duplicate.empty()) {
    j["near_duplicate"] = nullptr;
  } else {
    std::string hex;
    for (const std::uint32_t v : a.near_duplicate) {
      char buf[9];
      std::snprintf(buf, sizeof buf, "%08x", v);
      hex += buf;
    }
    j["near_duplicate"] = hex;
  }
  j["body"] = a.body;
  return dump_json_line(j);
}

}  // namespace news
