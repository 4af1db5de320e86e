#include "html_reader.hpp"

#include <sstream>

#include "html/article_fields.hpp"
#include "html/content_extraction.hpp"
#include "html/html_dates.hpp"
#include "html/html_document.hpp"
#include "html/html_encoding.hpp"
#include "html/json_ld.hpp"
#include "html/meta_fields.hpp"
#include "text/text_decoding.hpp"

namespace news {
namespace {

// NFC (decode_text normalises valid UTF-8 and leaves it otherwise as it is).
std::string nfc(const std::string& text) {
  return decode_text(text).utf8;
}

std::vector<std::string> nfc_all(std::vector<std::string> values) {
  for (std::string& v : values) {
    v = nfc(html::collapse_space(v));
  }
  return values;
}

std::string canonical_url(const html::PageMeta& meta, const html::JsonLdArticle& ld) {
  if (!meta.canonical.empty()) {
    return meta.canonical;
  }
  const std::string_view og = meta.first("og:url");
  return og.empty() ? ld.url : std::string(og);
}

void fill_metadata(const html::HtmlDocument& doc, const html::PageMeta& meta,
                   const html::JsonLdArticle& ld, std::string_view raw, Article& a) {
  const std::string site = html::site_name(meta, ld);
  a.title = nfc(html::pick_title(doc, meta, ld, site));
  a.byline = nfc(html::pick_byline(doc, meta, ld, site));
  a.source = nfc(html::collapse_space(site));
  a.url = canonical_url(meta, ld);
  a.language = !meta.language.empty() ? meta.language : ld.language;
  a.persons = nfc_all(ld.persons);
  a.orgs = nfc_all(ld.orgs);
  a.places = nfc_all(ld.places);
  const html::DateFinding found = html::find_article_date(doc, meta, ld, a.url, raw);
  if (found.date) {
    a.date = found.date;
    a.date_source = found.source;
  }
}

// The paragraphs without a leading copy of the title (a headline in a <h2> or <h3>).
std::vector<std::string> without_title(std::vector<std::string> paragraphs,
                                       const std::string& title) {
  if (!paragraphs.empty() && !title.empty() &&
      html::to_lower(nfc(paragraphs.front())) == html::to_lower(title)) {
    paragraphs.erase(paragraphs.begin());
  }
  return paragraphs;
}

// A page with fewer body words than this has no story: a navigation or error page, or a
// page whose text a script fills in. It is indexed, with a warning.
constexpr std::size_t kMinArticleWords = 5;

std::size_t words_in(const std::string& text) {
  std::istringstream in(text);
  std::size_t n = 0;
  for (std::string word; in >> word;) {
    ++n;
  }
  return n;
}

}  // namespace

ReadResult read_html_article(const RawItem& item) {
  if (item.bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw ReadError(item.bytes.empty() ? "empty file" : "file holds only white space");
  }
  if (looks_binary(item.bytes)) {
    throw ReadError("binary content (NUL or control bytes), not an HTML page");
  }
  ReadResult result;
  const DecodedText text = html::decode_html(item.bytes);
  if (!text.note.empty()) {
    result.warnings.push_back(text.note);
  }
  const html::HtmlDocument doc(text.utf8);
  const html::PageMeta meta = html::read_page_meta(doc);
  const html::JsonLdArticle ld = html::read_json_ld(meta.json_ld);
  Article a;
  a.id = item.id;
  a.path = item.path;
  a.source_file = item.source_file;
  fill_metadata(doc, meta, ld, text.utf8, a);
  a.body =
      nfc(html::join_paragraphs(without_title(html::extract_content(doc).paragraphs, a.title)));
  if (a.title.empty() && a.body.empty()) {
    throw ReadError("no title and no text in the page");
  }
  const std::size_t body_words = words_in(a.body);
  if (body_words < kMinArticleWords) {
    result.warnings.push_back("no article text in the page (" + std::to_string(body_words) +
                              " words outside the title); indexed by its title");
  }
  result.articles.push_back(std::move(a));
  return result;
}

}  // namespace news
