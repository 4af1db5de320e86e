// Lines that a page saved from a news site carries around the story: navigation, account
// and bookmark notices, share buttons, cookie banners. Readers drop them before looking
// for the title, so "Search" or "Saved articles" never becomes a headline.
#pragma once

#include <string_view>

namespace news {

// True when the whole line is site chrome (case, surrounding spaces and trailing
// punctuation ignored), by the tables in site_chrome.cpp.
bool is_site_chrome(std::string_view line);

}  // namespace news
