#include "token_info.hpp"

#include <algorithm>
#include <unordered_set>

#include "features.hpp"
#include "hash_index.hpp"
#include "utf8.hpp"

namespace news::ner {
namespace {

char shape_char(char32_t c) {
  if (is_upper(c)) {
    return 'X';
  }
  if (is_lower(c) || (c >= 0x80 && is_word_char(c))) {
    return 'x';
  }
  if (is_digit(c)) {
    return 'd';
  }
  return c < 0x80 ? static_cast<char>(c) : '~';
}

bool has_lower(std::string_view s) {
  for (char c : s) {
    if (is_lower(static_cast<unsigned char>(c))) {
      return true;
    }
  }
  return false;
}

bool starts_upper(std::string_view s) {
  return !s.empty() && is_upper(static_cast<unsigned char>(s[0]));
}

bool is_letter_word(std::string_view s) {
  return s.size() >= 4 && std::all_of(s.begin(), s.end(), [](char c) {
           return is_upper(static_cast<unsigned char>(c)) ||
                  is_lower(static_cast<unsigned char>(c));
         });
}

// Kind of each sentence: written all in capitals (headline), with most words
// capitalised (title case), or ordinary.
enum class Casing : std::uint8_t { kNormal, kHeadline, kTitle };

// Title case needs most long words capitalised, and most of those must be ordinary
// words ("Warns", "Over"): a line of names ("Nice 1 (Debbah 39th) Bastia 1") is not.
Casing sentence_casing(const Document& doc, const Sentence& s, const Lexicon& lexicon) {
  int upper_words = 0, long_words = 0, long_capitalised = 0, ordinary = 0;
  bool any_lower = false;
  for (std::size_t i = s.first; i < s.last; ++i) {
    std::string_view t = doc.tokens[i].text;
    any_lower = any_lower || has_lower(t);
    upper_words += starts_upper(t) ? 1 : 0;
    if (is_letter_word(t)) {
      long_words += 1;
      long_capitalised += starts_upper(t) ? 1 : 0;
      ordinary += starts_upper(t) && lexicon.has_word(ascii_lower(t)) ? 1 : 0;
    }
  }
  if (!any_lower && upper_words >= 2) {
    return Casing::kHeadline;
  }
  bool title = long_capitalised >= 3 && long_capitalised * 4 >= long_words * 3 && ordinary >= 2 &&
               ordinary * 2 >= long_capitalised;
  return title ? Casing::kTitle : Casing::kNormal;
}

std::vector<Casing> casing_per_token(const Document& doc, const Lexicon& lexicon) {
  std::vector<Casing> out(doc.tokens.size(), Casing::kNormal);
  for (const Sentence& s : doc.sentences) {
    Casing c = sentence_casing(doc, s, lexicon);
    std::fill(out.begin() + static_cast<long>(s.first), out.begin() + static_cast<long>(s.last), c);
  }
  return out;
}

struct DocumentFacts {
  std::unordered_set<std::string> lower_forms;  // words used in lower case
  std::unordered_set<std::string> mid_caps;     // lower-cased capitalised mid-sentence words
  StringMap<std::string> cased;                 // lower case -> a mixed-case form
};

DocumentFacts document_facts(const Document& doc, const std::vector<Casing>& casing) {
  DocumentFacts facts;
  for (const Sentence& s : doc.sentences) {
    for (std::size_t i = s.first; i < s.last; ++i) {
      std::string_view t = doc.tokens[i].text;
      if (casing[i] != Casing::kNormal || t.empty()) {
        continue;
      }
      std::string lower = ascii_lower(t);
      if (is_lower(static_cast<unsigned char>(t[0]))) {
        facts.lower_forms.insert(lower);
      } else if (starts_upper(t)) {
        if (i > s.first) {
          facts.mid_caps.insert(lower);
        }
        facts.cased.try_emplace(lower, t);
      }
    }
  }
  return facts;
}

void mark_match(std::uint8_t mask, std::size_t i, std::size_t len, std::vector<TokenInfo>& info) {
  for (unsigned cat = 0; mask != 0 && cat < kGazCategoryCount; ++cat) {
    if ((mask >> cat & 1u) == 0) {
      continue;
    }
    for (std::size_t k = i; k < i + len; ++k) {
      unsigned pos = len == 1 ? 3 : k == i ? 0 : k + 1 == i + len ? 2 : 1;
      info[k].gazetteer |= 1u << (4 * cat + pos);
    }
  }
}

// Marks gazetteer phrases: every token alone, and runs starting with a capitalised
// token for as long as some phrase continues them. Hashes grow word by word.
void mark_gazetteer(const Document& doc, const Lexicon& lexicon, std::vector<TokenInfo>& info) {
  for (const Sentence& s : doc.sentences) {
    for (std::size_t i = s.first; i < s.last; ++i) {
      std::string_view first = doc.tokens[i].text;
      bool multi = starts_upper(first) || first[0] < 0;
      std::uint64_t h = fnv1a_extend(kFnvOffset, first, true);
      for (std::size_t len = 1; i + len <= s.last; ++len) {
        if (len > 1) {
          h = fnv1a_extend(fnv1a_extend(h, " "), doc.tokens[i + len - 1].text, true);
        }
        mark_match(lexicon.phrase_mask_of_hash(fnv1a_finish(h)), i, len, info);
        if (!multi || !lexicon.extends_to_phrase(fnv1a_finish(h))) {
          break;
        }
      }
    }
  }
}

void fill_word(TokenInfo& ti, std::string_view form, const Lexicon& lexicon) {
  std::string lower = ascii_lower(form);
  ti.word = hash_bytes(form);
  ti.lower = hash_bytes(lower);
  ti.shape = hash_bytes(word_shape(form, false));
  ti.short_shape = hash_bytes(word_shape(form, true));
  for (std::size_t k = 0; k < 3; ++k) {
    ti.prefix[k] = lower.size() > k + 1 ? hash_bytes(std::string_view(lower).substr(0, k + 1)) : 0;
  }
  for (std::size_t k = 0; k < 4; ++k) {
    ti.suffix[k] =
        lower.size() > k + 1 ? hash_bytes(std::string_view(lower).substr(lower.size() - k - 1)) : 0;
  }
  ti.cluster = lexicon.cluster(form);
}

// Typographic quotes and apostrophes written the ASCII way, as in the training data.
std::string_view plain_quotes(std::string_view form, std::string& buffer) {
  if (form.find('\xE2') == std::string_view::npos) {
    return form;
  }
  buffer.clear();
  for (std::size_t pos = 0; pos < form.size();) {
    Utf8Char c = decode_utf8(form, pos);
    pos += c.length;
    if (c.cp == 0x2018 || c.cp == 0x2019) {
      buffer += '\'';
    } else if (c.cp == 0x201C || c.cp == 0x201D) {
      buffer += '"';
    } else {
      append_utf8(buffer, c.cp);
    }
  }
  return buffer;
}

}  // namespace

std::string word_shape(std::string_view word, bool collapse) {
  std::string out;
  std::size_t run = 0;
  for (std::size_t pos = 0; pos < word.size();) {
    Utf8Char c = decode_utf8(word, pos);
    pos += c.length;
    char ch = shape_char(c.cp);
    run = (!out.empty() && out.back() == ch) ? run + 1 : 1;
    if ((collapse && run > 1) || run > 4) {
      continue;
    }
    out += ch;
  }
  return out;
}

namespace {

// The form a word in a headline or title-case sentence would have in running text:
// as the article writes it elsewhere, else lower case when the article or the
// lexicon only knows it in lower case.
// Whether running text writes `lower` in lower case: the article does, or the lexicon
// knows only the lower-case form.
bool lower_case_word(const std::string& lower, const DocumentFacts& facts, const Lexicon& lexicon) {
  if (facts.lower_forms.contains(lower)) {
    return true;
  }
  std::string title = lower;
  title[0] = static_cast<char>(title[0] - 'a' + 'A');
  return is_lower(static_cast<unsigned char>(lower[0])) && lexicon.has_word(lower) &&
         !lexicon.has_word(title);
}

std::string running_form(std::string_view form, const std::string& lower,
                         const DocumentFacts& facts, const Lexicon& lexicon) {
  auto it = facts.cased.find(lower);
  if (it != facts.cased.end()) {
    return it->second;
  }
  if (lower_case_word(lower, facts, lexicon)) {
    return lower;
  }
  // Inflected verbs and plurals: "Expresses" -> "express" is known in lower case.
  for (std::string_view suffix : {"es", "s", "ed", "ing"}) {
    if (lower.size() <= suffix.size() + 2 || !lower.ends_with(suffix)) {
      continue;
    }
    std::string stem = lower.substr(0, lower.size() - suffix.size());
    if (facts.lower_forms.contains(stem) || lexicon.has_word(stem)) {
      return lower;
    }
  }
  return std::string(form);
}

// Facts about a word form that hold throughout one document; computed once per form.
TokenInfo form_info(std::string_view form, const std::string& lower, const DocumentFacts& facts,
                    const Lexicon& lexicon) {
  TokenInfo ti;
  fill_word(ti, form, lexicon);
  ti.capitalised = starts_upper(form);
  auto first = form.empty() ? 0 : static_cast<unsigned char>(form[0]);
  ti.lowercase = is_lower(first);
  ti.plain = first < 0x80 && !ti.capitalised;
  ti.lower_elsewhere = ti.capitalised && facts.lower_forms.contains(lower);
  ti.cap_mid_elsewhere = ti.capitalised && facts.mid_caps.contains(lower);
  return ti;
}

}  // namespace

std::vector<TokenInfo> compute_token_info(const Document& doc, const Lexicon& lexicon) {
  std::vector<Casing> casing = casing_per_token(doc, lexicon);
  DocumentFacts facts = document_facts(doc, casing);
  std::vector<TokenInfo> info(doc.tokens.size());
  HashIndex<std::uint32_t> seen;  // form hash -> a token with that form
  std::string buffer, normal;
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    std::string_view form = plain_quotes(doc.tokens[i].text, buffer);
    if (casing[i] != Casing::kNormal && !form.empty()) {
      normal = running_form(form, ascii_lower(form), facts, lexicon);
      form = normal;
    }
    std::uint64_t h = fnv1a(form);
    if (const std::uint32_t* earlier = seen.find(h)) {
      info[i] = info[*earlier];
    } else {
      info[i] = form_info(form, ascii_lower(form), facts, lexicon);
      seen.insert(h, static_cast<std::uint32_t>(i));
    }
    info[i].gazetteer = 0;
    info[i].headline = casing[i] == Casing::kHeadline;
  }
  mark_gazetteer(doc, lexicon, info);
  return info;
}

}  // namespace news::ner
