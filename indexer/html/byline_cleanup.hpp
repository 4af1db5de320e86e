// Turning what pages put in author fields into a clean byline.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "html_document.hpp"

namespace news::html {

// "Jane Doe" from "By Jane Doe", "By JANE DOE | October 29, 2025", "Jane Doe, Reuters",
// "von Jane Doe" (with `site` = "Reuters"); "" when nothing name-like is left (a URL,
// an e-mail address, a date, or more than kMaxBylineWords words).
std::string clean_byline(std::string_view raw, std::string_view site);

// Cleaned names joined with "; ", duplicates and empty ones dropped.
std::string join_bylines(const std::vector<std::string>& raw, std::string_view site);

inline constexpr std::size_t kMaxBylineWords = 12;

// Bylines that pages write only as text ("By Jane Doe", "Autor: Jane Doe", "… von Jane
// Doe") and whether a byline names a person or an organisation.

// The first name introduced by a byline lead-in in a short text of the page, preferring
// one after the first <h1>: a text starting with "By", "Von", "Text von", "Autor:",
// "Author:", "Written by", "Par", "Por", "Door"…; a text that is, or ends with, such a
// lead-in, followed by the name in the next text ("By <a>Jane Doe</a>"); or a short text
// ending with "von Jane Doe" / "by Jane Doe". The name must look like a person's (one to
// four capitalised words, lower-case particles allowed) or a user name (one word). ""
// when there is none.
std::string byline_from_text(const HtmlDocument& doc, std::string_view site);

// Whether `text` is only a byline lead-in ("By", "Von", "Autor:", "| By ").
bool is_byline_lead_in(std::string_view text);

// True when a byline reads like an organisation rather than a person: the site's name (or
// part of it), a domain ("example.org"), an acronym ("DPA"), or one word that is part of
// the page's host name.
bool organisation_like(std::string_view byline, std::string_view site, std::string_view url);

}  // namespace news::html
