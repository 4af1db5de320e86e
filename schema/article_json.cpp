#include "article_json.hpp"

namespace news {

using nlohmann::ordered_json;

ordered_json article_json(const Article& a) {
  ordered_json j{
      {"path", a.path},
      {"id", a.id},
      {"title", a.title},
      {"date", a.date ? ordered_json(to_iso8601(*a.date)) : ordered_json(nullptr)},
      {"date_source", a.date_source},
      {"date_confidence",
       a.date ? ordered_json(date_confidence(a.date_source)) : ordered_json(nullptr)},
      {"byline", a.byline},
      {"source", a.source},
      {"url", a.url},
      {"language", a.language},
      {"persons", a.persons},
      {"orgs", a.orgs},
      {"places", a.places},
      {"tags", a.tags},
  };
  if (!a.cluster.empty()) {
    j["cluster"] = a.cluster;
  }
  return j;
}

std::string dump_json_line(const ordered_json& json) {
  return json.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace news
