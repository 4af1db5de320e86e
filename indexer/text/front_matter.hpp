// The YAML front-matter block ("---" ... "---") that opens Markdown and text articles.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "article.hpp"

namespace news {

// The fields a front-matter block gives: the article fields the table (schema/fields.hpp)
// lets front matter name, and the date as written (parsed by the reader).
struct FrontMatter {
  Article fields;
  std::string date;
};

struct SplitFrontMatter {
  std::optional<FrontMatter> front_matter;  // nullopt when the text has none
  std::string_view body;                    // the text after the block
  std::size_t body_line = 1;                // 1-based line number where the body starts
};

// Splits off and parses a leading front-matter block. Key names are matched
// case-insensitively against the field table's front-matter aliases (author/byline/authors,
// people/persons, organisations/organizations/orgs, locations/places, keywords/tags,
// lang/language...); a list given for a text field is joined with "; ".
// Throws ReadError when the block never closes or is not valid YAML.
SplitFrontMatter split_front_matter(std::string_view text);

}  // namespace news
