// Detecting the language an article is written in.
#pragma once

#include <string>
#include <string_view>

#include "article.hpp"

namespace news {

// ISO 639-1 code ("en", "fr") of the language of `text` according to CLD2, or "" when the
// text is too short or mixed to tell reliably.
std::string detect_language(std::string_view text);

// Keeps a language the article's metadata gave (normalised: "en-GB" -> "en"); otherwise
// detects it from title and body.
void resolve_language(Article& article);

}  // namespace news
