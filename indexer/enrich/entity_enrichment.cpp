#include "entity_enrichment.hpp"

#include <algorithm>

#include "ner/recognizer.hpp"
#include "utf8_cut.hpp"

namespace news {
namespace {

// The recogniser holds per-token state for the whole text it is given (about 60 bytes per
// byte of text): longer articles are recognised a window of paragraphs at a time.
constexpr std::size_t kWindowBytes = 512 * 1024;

void add_new(std::vector<std::string>& names, std::vector<std::string>& found) {
  for (std::string& name : found) {
    if (std::find(names.begin(), names.end(), name) == names.end()) {
      names.push_back(std::move(name));
    }
  }
}

// The end of the window starting at `begin`: after a line break near kWindowBytes on.
std::size_t window_end(std::string_view text, std::size_t begin) {
  if (text.size() - begin <= kWindowBytes) {
    return text.size();
  }
  const std::size_t newline = text.rfind('\n', begin + kWindowBytes);
  if (newline != text.npos && newline > begin + kWindowBytes / 2) {
    return newline + 1;
  }
  const std::size_t end = utf8_cut(text, begin + kWindowBytes);  // characters stay whole
  return end > begin ? end : begin + kWindowBytes;
}

ner::EntitySets recognise(std::string_view text) {
  const ner::Recognizer& recognizer = ner::Recognizer::english();
  if (text.size() <= kWindowBytes) {
    return recognizer.recognize(text);
  }
  ner::EntitySets all;
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t end = window_end(text, begin);
    ner::EntitySets found = recognizer.recognize(text.substr(begin, end - begin));
    add_new(all.persons, found.persons);
    add_new(all.orgs, found.orgs);
    add_new(all.places, found.places);
    begin = end;
  }
  return all;
}

}  // namespace

void add_recognised_entities(Article& article) {
  const bool all_given =
      !article.persons.empty() && !article.orgs.empty() && !article.places.empty();
  if (all_given) {
    return;
  }
  // The title is a paragraph of its own: never joined to the body's first line as a
  // wrapped line would be.
  ner::EntitySets found = recognise(article.title + "\n\n" + article.body);
  if (article.persons.empty()) {
    article.persons = std::move(found.persons);
  }
  if (article.orgs.empty()) {
    article.orgs = std::move(found.orgs);
  }
  if (article.places.empty()) {
    article.places = std::move(found.places);
  }
}

}  // namespace news
