#include "site_chrome.hpp"

#include <cctype>
#include <string>

namespace news {
namespace {

// Lines that are chrome when they are the whole line.
constexpr std::string_view kWholeLines[] = {
    "search",
    "search articles",
    "saved articles",
    "saved",
    "browse articles",
    "browse",
    "bookmarks",
    "my bookmarks",
    "menu",
    "main menu",
    "home",
    "homepage",
    "skip to content",
    "skip to main content",
    "skip navigation",
    "sign in",
    "sign up",
    "log in",
    "login",
    "log out",
    "logout",
    "register",
    "my account",
    "account",
    "subscribe",
    "subscribe now",
    "subscription",
    "newsletter",
    "newsletters",
    "advertisement",
    "advertising",
    "sponsored",
    "share",
    "share this",
    "share this article",
    "share on facebook",
    "share on twitter",
    "share on x",
    "tweet",
    "print",
    "email",
    "e-mail",
    "copy link",
    "close",
    "back to top",
    "read more",
    "related",
    "related articles",
    "related stories",
    "most read",
    "most popular",
    "trending",
    "follow us",
    "comments",
    "listen",
    "listen to this article",
    "top stories",
    "latest news",
};

// Phrases that mark a line as chrome wherever they appear in a short line.
constexpr std::string_view kPhrases[] = {
    "to your bookmarks",
    "added any article",
    "accept cookies",
    "we use cookies",
    "this site uses cookies",
    "cookie policy",
    "enable javascript",
    "javascript is disabled",
    "sign up for our newsletter",
    "subscribe to our newsletter",
    "all rights reserved",
    "click here to",
    "download our app",
    "follow us on",
};

// Chrome phrases only count in lines of at most this many bytes: a long line is prose.
constexpr std::size_t kShortLine = 160;

std::string normalise(std::string_view line) {
  std::string out;
  for (char c : line) {
    out.push_back(char(std::tolower(static_cast<unsigned char>(c))));
  }
  const auto first = out.find_first_not_of(" \t\r");
  const auto last = out.find_last_not_of(" \t\r.:!?|>»›-");
  if (first == std::string::npos || last == std::string::npos || last < first) {
    return {};
  }
  return out.substr(first, last - first + 1);
}

}  // namespace

bool is_site_chrome(std::string_view line) {
  if (line.size() > kShortLine) {
    return false;
  }
  const std::string text = normalise(line);
  if (text.empty()) {
    return false;
  }
  for (std::string_view whole : kWholeLines) {
    if (text == whole) {
      return true;
    }
  }
  for (std::string_view phrase : kPhrases) {
    if (text.find(phrase) != std::string::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace news
