#include "extract_json.hpp"

#include <nlohmann/json.hpp>

namespace news {

std::string extract_json_line(const Article& a) {
  using nlohmann::ordered_json;
  const ordered_json j = {
      {"path", a.path},
      {"id", a.id},
      {"title", a.title},
      {"date", a.date ? ordered_json(to_iso8601(*a.date)) : ordered_json(nullptr)},
      {"date_source", a.date_source},
      {"byline", a.byline},
      {"source", a.source},
      {"url", a.url},
      {"language", a.language},
      {"persons", a.persons},
      {"orgs", a.orgs},
      {"places", a.places},
      {"tags", a.tags},
      {"words", count_words(a)},
      {"body", a.body},
  };
  return j.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace news
