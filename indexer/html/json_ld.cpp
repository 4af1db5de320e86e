#include "json_ld.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

#include "meta_fields.hpp"

namespace news::html {
namespace {

using Json = nlohmann::json;

// Types (in lower case) whose object is the article itself (schema.org Article and its subtypes).
bool is_article_type(std::string_view type) {
  return type.ends_with("article") || type.ends_with("posting") || type == "report" ||
         type == "blog" || type == "review";
}

bool is_page_type(std::string_view type) {
  return type.ends_with("page");
}

bool is_place_type(std::string_view type) {
  static constexpr std::string_view kPlaces[] = {
      "place",   "city", "country", "state", "administrativearea", "continent", "touristattraction",
      "landform"};
  return std::find(std::begin(kPlaces), std::end(kPlaces), type) != std::end(kPlaces);
}

std::vector<std::string> types_of(const Json& object) {
  std::vector<std::string> out;
  const auto it = object.find("@type");
  if (it == object.end()) {
    return out;
  }
  if (it->is_string()) {
    out.push_back(to_lower(it->get<std::string>()));
  } else if (it->is_array()) {
    for (const Json& t : *it) {
      if (t.is_string()) {
        out.push_back(to_lower(t.get<std::string>()));
      }
    }
  }
  return out;
}

bool has_type(const Json& object, bool (*predicate)(std::string_view)) {
  const std::vector<std::string> types = types_of(object);
  return std::any_of(types.begin(), types.end(),
                     [&](const std::string& t) { return predicate(t); });
}

std::string string_of(const Json& value) {
  if (value.is_string()) {
    return value.get<std::string>();
  }
  if (value.is_array() && !value.empty()) {
    return string_of(value.front());
  }
  if (value.is_object()) {
    for (const char* key : {"name", "@value", "@id", "url"}) {
      if (auto it = value.find(key); it != value.end() && it->is_string()) {
        return it->get<std::string>();
      }
    }
  }
  return {};
}

std::string field(const Json& object, const char* key) {
  const auto it = object.find(key);
  return it == object.end() ? std::string() : string_of(*it);
}

Json parse_lenient(std::string_view text) {
  Json j = Json::parse(text, nullptr, false);
  if (!j.is_discarded()) {
    return j;
  }
  std::string repaired(text);
  for (const char* marker : {"<!--", "-->", "<![CDATA[", "]]>", "//<!", "//]"}) {
    for (std::size_t p = repaired.find(marker); p != std::string::npos; p = repaired.find(marker)) {
      repaired.erase(p, std::string_view(marker).size());
    }
  }
  std::replace_if(
      repaired.begin(), repaired.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; },
      ' ');
  return Json::parse(repaired, nullptr, false);
}

// Every object in the tree of `j`, in document order.
void collect_objects(const Json& j, std::vector<const Json*>& out) {
  if (j.is_object()) {
    out.push_back(&j);
    for (const auto& [key, value] : j.items()) {
      if (value.is_object() || value.is_array()) {
        collect_objects(value, out);
      }
    }
  } else if (j.is_array()) {
    for (const Json& item : j) {
      collect_objects(item, out);
    }
  }
}

class Reader {
 public:
  explicit Reader(const std::vector<std::string_view>& scripts);
  JsonLdArticle read() const;

 private:
  const Json& resolve(const Json& value) const;
  void add_names(const Json& value, std::vector<std::string>& persons,
                 std::vector<std::string>& orgs) const;
  void add_entities(const Json& value, JsonLdArticle& out) const;
  void fill(const Json& article, JsonLdArticle& out) const;
  void add_authors(const Json& work, std::vector<std::string>& authors) const;
  void add_page_authors(JsonLdArticle& out) const;

  std::vector<Json> m_roots;
  std::vector<const Json*> m_objects;
  std::map<std::string, const Json*> m_by_id;
};

Reader::Reader(const std::vector<std::string_view>& scripts) {
  m_roots.reserve(scripts.size());
  for (std::string_view text : scripts) {
    Json j = parse_lenient(text);
    if (!j.is_discarded()) {
      m_roots.push_back(std::move(j));
    }
  }
  for (const Json& root : m_roots) {
    collect_objects(root, m_objects);
  }
  for (const Json* object : m_objects) {
    const auto id = object->find("@id");
    if (id != object->end() && id->is_string() && object->size() > 1) {
      m_by_id.emplace(id->get<std::string>(), object);
    }
  }
}

const Json& Reader::resolve(const Json& value) const {
  if (value.is_object() && value.size() == 1 && value.contains("@id") && value["@id"].is_string()) {
    const auto it = m_by_id.find(value["@id"].get<std::string>());
    if (it != m_by_id.end()) {
      return *it->second;
    }
  }
  return value;
}

void Reader::add_names(const Json& value, std::vector<std::string>& persons,
                       std::vector<std::string>& orgs) const {
  if (value.is_array()) {
    for (const Json& item : value) {
      add_names(item, persons, orgs);
    }
    return;
  }
  const Json& v = resolve(value);
  const std::string name = string_of(v);
  if (name.empty() || name.starts_with("http")) {
    return;
  }
  const bool org = v.is_object() &&
                   !has_type(v, [](std::string_view t) { return t == "person"; }) &&
                   !types_of(v).empty();
  (org ? orgs : persons).push_back(name);
}

void Reader::add_entities(const Json& value, JsonLdArticle& out) const {
  if (value.is_array()) {
    for (const Json& item : value) {
      add_entities(item, out);
    }
    return;
  }
  const Json& v = resolve(value);
  const std::string name = v.is_object() ? field(v, "name") : std::string();
  if (name.empty()) {
    return;
  }
  if (has_type(v, [](std::string_view t) { return t == "person"; })) {
    out.persons.push_back(name);
  } else if (has_type(v, is_place_type)) {
    out.places.push_back(name);
  } else if (has_type(v, [](std::string_view t) { return t.ends_with("organization"); })) {
    out.orgs.push_back(name);
  }
}

void Reader::fill(const Json& article, JsonLdArticle& out) const {
  out.found = true;
  out.headline = field(article, "headline");
  if (out.headline.empty()) {
    out.headline = field(article, "name");
  }
  out.date_published = field(article, "datePublished");
  if (out.date_published.empty()) {
    out.date_published = field(article, "dateCreated");
  }
  out.date_modified = field(article, "dateModified");
  add_authors(article, out.authors);
  if (article.contains("publisher")) {
    out.publisher = string_of(resolve(article["publisher"]));
  }
  out.url = field(article, "url");
  if (out.url.empty()) {
    out.url = string_of(resolve(article.value("mainEntityOfPage", Json())));
  }
  out.language = field(article, "inLanguage");
  for (const char* key : {"about", "mentions"}) {
    if (article.contains(key)) {
      add_entities(article[key], out);
    }
  }
}

// The names in a work's author (else creator), persons before organisations.
void Reader::add_authors(const Json& work, std::vector<std::string>& authors) const {
  std::vector<std::string> orgs;
  for (const char* key : {"author", "creator"}) {
    if (authors.empty() && work.contains(key)) {
      add_names(work[key], authors, orgs);
    }
  }
  authors.insert(authors.end(), orgs.begin(), orgs.end());
}

// Without an article's author: the author of the first other work the page is (a WebPage, a
// HowTo, a Recipe, …); not of a picture or video (the photographer), a comment or an answer.
void Reader::add_page_authors(JsonLdArticle& out) const {
  for (const Json* object : m_objects) {
    if (!out.authors.empty()) {
      return;
    }
    const bool part = has_type(*object, [](std::string_view t) {
      return t.ends_with("object") || t == "comment" || t == "answer" || t == "person" ||
             t.ends_with("organization");
    });
    if (!part && !types_of(*object).empty()) {
      add_authors(*object, out.authors);
    }
  }
}

JsonLdArticle Reader::read() const {
  JsonLdArticle out;
  const Json* best = nullptr;
  for (const Json* object : m_objects) {
    if (has_type(*object, is_article_type) &&
        (best == nullptr || (!best->contains("headline") && object->contains("headline")))) {
      best = object;
    }
  }
  if (best != nullptr) {
    fill(*best, out);
  }
  add_page_authors(out);
  for (const Json* object : m_objects) {
    if (out.page_date.empty() && has_type(*object, is_page_type)) {
      out.page_date = field(*object, "datePublished");
    }
    if (out.publisher.empty() && has_type(*object, [](std::string_view t) {
          return t == "organization" || t == "newsmediaorganization" || t == "website";
        })) {
      out.publisher = field(*object, "name");
    }
  }
  return out;
}

}  // namespace

JsonLdArticle read_json_ld(const std::vector<std::string_view>& scripts) {
  return Reader(scripts).read();
}

}  // namespace news::html
