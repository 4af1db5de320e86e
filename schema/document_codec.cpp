#include "document_codec.hpp"

#include <xxhash.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "article_json.hpp"
#include "entity_terms.hpp"
#include "facet_values.hpp"
#include "fields.hpp"
#include "language.hpp"
#include "name_fold.hpp"
#include "near_duplicates.hpp"
#include "text_forms.hpp"
#include "utf8_cut.hpp"

namespace news::schema {
namespace {

using nlohmann::json;

// Xapian's hard limit is 245 bytes; leave room for the prefix checks of older backends.
constexpr std::size_t kMaxTermBytes = 240;
// Words indexed at one position apart from the previous name, so that a phrase query
// never matches across two different names.
constexpr Xapian::termpos kNameGap = 100;
// Title words count more than body words, as in Omega.
constexpr Xapian::termcount kTitleWeight = 5;

const Field& field(std::string_view name) {
  const Field* f = find_field(name);
  if (f == nullptr) {
    throw std::logic_error("schema has no field " + std::string(name));
  }
  return *f;
}

std::string stored_fields(const Article& a) {
  nlohmann::ordered_json j = article_json(a);
  j["source_file"] = a.source_file;
  j["body"] = a.body;
  return dump_json_line(j);
}

std::string string_or_empty(const json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> strings_or_empty(const json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_array() ? it->get<std::vector<std::string>>()
                                         : std::vector<std::string>();
}

}  // namespace

std::string content_hash(std::string_view bytes) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx",
                static_cast<unsigned long long>(XXH3_64bits(bytes.data(), bytes.size())));
  return buf;
}

struct ContentHasher::State {
  XXH3_state_t* xxh = XXH3_createState();
  ~State() { XXH3_freeState(xxh); }
};

ContentHasher::ContentHasher() : m_state(std::make_unique<State>()) {
  XXH3_64bits_reset(m_state->xxh);
}

ContentHasher::~ContentHasher() = default;

void ContentHasher::update(std::string_view bytes) {
  XXH3_64bits_update(m_state->xxh, bytes.data(), bytes.size());
}

std::string ContentHasher::digest() const {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx",
                static_cast<unsigned long long>(XXH3_64bits_digest(m_state->xxh)));
  return buf;
}

std::string bounded_term(std::string_view prefix, std::string_view value) {
  std::string term(prefix);
  if (prefix.size() + value.size() <= kMaxTermBytes) {
    return term.append(value);
  }
  const std::string hash = content_hash(value);
  const std::size_t keep = utf8_cut(value, kMaxTermBytes - prefix.size() - hash.size() - 1);
  return term.append(value.substr(0, keep)).append("#").append(hash);
}

std::string DocumentCodec::id_term(std::string_view article_id) {
  return bounded_term(prefix::kId, article_id);
}

std::string DocumentCodec::source_file_term(std::string_view file_id) {
  return bounded_term(prefix::kSourceFile, file_id);
}

std::string DocumentCodec::exact_entity_term(std::string_view field_name, std::string_view name) {
  return bounded_term(exact_entity_prefix(field(field_name)), fold_name(name));
}

DocumentCodec::DocumentCodec() {
  m_terms.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  // Chinese, Japanese and Korean have no spaces between words: index character n-grams.
  m_terms.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
}

void DocumentCodec::use_language(const std::string& code) {
  auto it = m_stemmers.find(code);
  if (it == m_stemmers.end()) {
    it = m_stemmers.emplace(code, stemmer_for_language(code)).first;
  }
  m_terms.set_stemmer(it->second);
}

void DocumentCodec::index_free_text(std::string_view field_name, const std::string& text) {
  if (text.empty()) {
    return;
  }
  m_terms.index_text(index_form(text), 1, std::string(field(field_name).prefix));
  m_terms.increase_termpos(kNameGap);
}

void DocumentCodec::index_entities(Xapian::Document& doc, std::string_view field_name,
                                   const std::vector<std::string>& names) {
  const std::string prefix(field(field_name).prefix);
  // Names are indexed folded, so person:"stephane dujarric" finds "Stéphane Dujarric";
  // the query side folds entity values the same way (fold_entity_values).
  for (const std::string& name : names) {
    m_terms.index_text(fold_name(name), 1, prefix);
    m_terms.increase_termpos(kNameGap);
    doc.add_boolean_term(exact_entity_term(field_name, name));
    // Until the catalogue links it (entity_terms.hpp), a name stands for itself.
    doc.add_boolean_term(canonical_entity_term(field_name, name));
  }
}

Xapian::Document DocumentCodec::encode(const Article& a, const FileStamp& stamp) {
  Xapian::Document doc;
  m_terms.set_document(doc);
  use_language(a.language);

  // Words are indexed in their index_form (diacritics folded, initialisms joined); the
  // query side reads requests into the same form.
  const std::string title = index_form(a.title);
  m_terms.index_text(title, 1, std::string(field("title").prefix));
  m_terms.increase_termpos(kNameGap);
  m_terms.index_text(title, kTitleWeight);
  m_terms.increase_termpos(kNameGap);
  m_terms.index_text(index_form(a.body));
  m_terms.increase_termpos(kNameGap);

  index_free_text("source", a.source);
  index_free_text("by", a.byline);
  for (const std::string& tag : a.tags) {
    index_free_text("tag", tag);
  }
  index_entities(doc, "person", a.persons);
  index_entities(doc, "org", a.orgs);
  index_entities(doc, "place", a.places);

  if (!a.language.empty()) {
    doc.add_boolean_term(std::string(field("lang").prefix) + fold_name(a.language));
  }
  doc.add_boolean_term(std::string(field("datesource").prefix) + a.date_source);
  doc.add_boolean_term(id_term(a.id));
  doc.add_boolean_term(source_file_term(a.source_file));
  for (const std::string& band : band_terms(a.near_duplicate)) {
    doc.add_boolean_term(band);
  }

  if (a.date) {
    doc.add_value(slot::kDay, day_key(*a.date));
    doc.add_value(slot::kSortTime,
                  Xapian::sortable_serialise(double(a.date->utc.time_since_epoch().count())));
  }
  doc.add_value(slot::kId, a.id);
  doc.add_value(slot::kFileStamp,
                std::to_string(stamp.size) + ":" + std::to_string(stamp.mtime_ns));
  doc.add_value(slot::kContentHash, stamp.content_hash);
  doc.add_value(slot::kSourceFile, a.source_file);
  if (!a.near_duplicate.empty()) {
    doc.add_value(slot::kNearDupSignature, encode_signature(a.near_duplicate));
  }
  set_facet_values(doc, a);
  doc.set_data(stored_fields(a));
  return doc;
}

Article DocumentCodec::decode_article(const Xapian::Document& doc) {
  const json j = json::parse(doc.get_data(), nullptr, /*allow_exceptions=*/false);
  Article a;
  if (!j.is_object()) {
    a.id = doc.get_value(slot::kId);
    return a;
  }
  a.id = string_or_empty(j, "id");
  a.path = string_or_empty(j, "path");
  a.source_file = string_or_empty(j, "source_file");
  a.title = string_or_empty(j, "title");
  a.body = string_or_empty(j, "body");
  a.date = parse_iso8601_stored(string_or_empty(j, "date"));
  a.date_source = string_or_empty(j, "date_source");
  a.byline = string_or_empty(j, "byline");
  a.source = string_or_empty(j, "source");
  a.url = string_or_empty(j, "url");
  a.language = string_or_empty(j, "language");
  a.persons = strings_or_empty(j, "persons");
  a.orgs = strings_or_empty(j, "orgs");
  a.places = strings_or_empty(j, "places");
  a.tags = strings_or_empty(j, "tags");
  a.near_duplicate = decode_signature(doc.get_value(slot::kNearDupSignature));
  a.cluster = doc.get_value(slot::kCluster);
  return a;
}

FileStamp DocumentCodec::decode_stamp(const Xapian::Document& doc) {
  FileStamp stamp;
  const std::string packed = doc.get_value(slot::kFileStamp);
  unsigned long long size = 0;
  long long mtime = 0;
  if (std::sscanf(packed.c_str(), "%llu:%lld", &size, &mtime) == 2) {
    stamp.size = size;
    stamp.mtime_ns = mtime;
  }
  stamp.content_hash = doc.get_value(slot::kContentHash);
  return stamp;
}

}  // namespace news::schema
