// The stylesheet and script of the page, compiled into the program (query/web/assets/,
// embedded at build time by cmake/EmbedFiles.cmake): nothing is read from disk or fetched
// from elsewhere.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace news::web {

struct Asset {
  std::string_view content;
  std::string content_type;
};

// The asset named `name` ("style.css", "app.js", "icon.svg"), or nothing.
std::optional<Asset> find_asset(std::string_view name);

}  // namespace news::web
