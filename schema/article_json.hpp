// An article's fields as JSON and as CSV cells: one definition, looping over the field table
// (fields.hpp), for the stored document data, the `--extract` lines and the search results,
// so a field added to the table appears in all of them.
#pragma once

#include <nlohmann/json.hpp>

#include "article.hpp"
#include "fields.hpp"

namespace news {

// The fields flagged `kJson` in table order: path, id, title, date (ISO 8601 or null),
// date_source, date_confidence, byline, source, url, language, persons, orgs, places, tags;
// then cluster (the near-duplicate cluster id) when the article comes from an index.
nlohmann::ordered_json article_json(const Article& article);

// The fields carrying `flag` (schema::kStored: the document data), in table order, under
// their keys; a kOmitEmpty field only when set.
nlohmann::ordered_json fields_json(const Article& article, unsigned flag);

// One field's value as JSON: a string, a list, the date in ISO 8601 or null, the date's
// confidence or null.
nlohmann::ordered_json field_json(const schema::Field& field, const Article& article);

// One field's value as one CSV cell's text: lists joined with "; ", dates in ISO 8601, ""
// when undated.
std::string field_text(const schema::Field& field, const Article& article);

// The CSV article columns: the fields with a csv_column, in column order.
const std::vector<const schema::Field*>& csv_fields();

// `json` as one line of UTF-8; invalid UTF-8 in strings is replaced, never an error.
std::string dump_json_line(const nlohmann::ordered_json& json);

}  // namespace news
