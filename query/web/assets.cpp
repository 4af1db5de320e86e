#include "assets.hpp"

#include "embedded_assets.hpp"

namespace news::web {

std::optional<Asset> find_asset(std::string_view name) {
  for (const EmbeddedFile& file : kEmbeddedFiles) {
    if (file.name == name) {
      const char* type = name.ends_with(".css")   ? "text/css; charset=utf-8"
                         : name.ends_with(".svg") ? "image/svg+xml"
                                                  : "text/javascript; charset=utf-8";
      return Asset{file.content, type};
    }
  }
  return std::nullopt;
}

}  // namespace news::web
