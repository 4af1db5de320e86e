// What a page's headline element says, and whether a text names the site, from signals that
// every site shares: markup of kickers and subtitles inside the <h1>, visually hidden
// headings, and the page's host name.
#pragma once

#include <string>
#include <string_view>

#include "html_document.hpp"

namespace news::html {

// What separates a headline from a site or section name in page titles.
inline constexpr std::string_view kTitleSeparators[] = {
    " | ", " - ", " — ", " – ", " :: ", " · ", " « ", " » ", ": "};

// The headline that <h1> element `h1` shows. Pages set a kicker or a subtitle inside the
// <h1> in its own element ("<span class=kicker>Energy</span> Dam opens", "Dam opens
// <small>Ten years late</small>"): the text of an itemprop=headline element inside it when
// there is one, else the <h1>'s text without <small>, aria-hidden elements and elements
// whose class/id has a word kicker, eyebrow, overline, topline, roofline, dachzeile,
// topic, label, category, tagline, strapline, sub, subtitle, subhead(s/ing/line) — unless
// that would leave fewer than two words.
std::string headline_text(const HtmlDocument& doc, int h1);

// True when element i is hidden from sight but kept for screen readers (class sr-only,
// visually-hidden, screen-reader-text, …): such an <h1> is not the headline readers see.
bool visually_hidden(const HtmlDocument& doc, int i);

// The name part of a page address's host: "https://www.jan-grosser.de/x" → "jan-grosser",
// "news.example.co.uk" → "example" (the label before the public suffix, guessed as the last
// label, or the last two when the second-last is at most three letters, as in co.uk). ""
// without a host.
std::string host_label(std::string_view url);

// Whether `text` names the site of `url`: its letters and digits are those of the host or
// of its label ("jan-grosser.de", "Jan Grosser", "BMAS" on bmas.de), or a text of at most
// three words starts with a label of three letters or more ("Zoll online" on zoll.de; not
// "Zoll raises the tobacco tax").
bool names_host(std::string_view text, std::string_view url);

// Lower-case letters and digits only: titles compare equal across punctuation (ASCII, dashes,
// quotes, ellipses, no-break spaces) and spacing ("Krach:Es" and "Krach – Es").
std::string alnum_key(std::string_view text);

// Whether the last part of `title` (after a separator) is the site's name, names the host, or
// starts with the host's label ("… - Vinos Y Tapas und Vinho Iberico" on vinosytapas.de).
bool title_ends_with_site(std::string_view title, std::string_view site, std::string_view url);

// `title` without the parts that are `site` or name the host of `url`, at either end (only
// that, no guessing from lengths).
std::string strip_named_site(std::string_view title, std::string_view site, std::string_view url);

// `title` without a site name suffix or prefix (" | Site", " - Site", " — Site",
// "Site: "): the part that is `site` or names the host of `url` (names_host), or else the
// last part when it is at most a few words and the rest is longer. After a leading site
// name, a section of at most two words goes too ("Site - News - Headline").
std::string strip_site_name(std::string_view title, std::string_view site,
                            std::string_view url = {});

}  // namespace news::html
