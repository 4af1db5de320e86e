#include "document_codec.hpp"

#include <xxhash.h>

#include <algorithm>
#include <charconv>
#include <cstdio>

#include "date_terms.hpp"
#include "entity_terms.hpp"
#include "facet_values.hpp"
#include "fields.hpp"
#include "language.hpp"
#include "name_fold.hpp"
#include "near_duplicates.hpp"
#include "stored_data.hpp"
#include "text_forms.hpp"
#include "utf8_cut.hpp"

namespace news::schema {
namespace {

// Xapian's hard limit is 245 bytes; leave room for the prefix checks of older backends.
constexpr std::size_t kMaxTermBytes = 240;
// Words indexed at one position apart from the previous name, so that a phrase query
// never matches across two different names.
constexpr Xapian::termpos kNameGap = 100;

const Field& field(std::string_view name) {
  const Field* f = find_field(name);
  if (f == nullptr) {
    throw std::logic_error("schema has no field " + std::string(name));
  }
  return *f;
}

// A field kept in a value slot only (cluster, signature) back into the article.
void decode_value(const Field& f, const Xapian::Document& doc, Article& a) {
  if (f.shape == Shape::kText) {
    a.*f.text = doc.get_value(f.slot);
  } else if (f.shape == Shape::kSignature) {
    const std::string value = doc.get_value(f.slot);
    a.near_duplicate = decode_signature(value);
    a.short_text_print = decode_short_text_print(value);
  }
}

// Slot kContentHash holds the 16 hex digits of a content_hash as its 8 bytes.
constexpr std::size_t kHashDigits = 16;

// Any other text (the indexer writes none; "" is no value) is kept after one or two zero
// bytes, so that it is never 8 bytes long.
std::string packed_hash(const std::string& hex) {
  const auto digit = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); };
  if (hex.empty()) {
    return hex;
  }
  if (hex.size() != kHashDigits || !std::all_of(hex.begin(), hex.end(), digit)) {
    return std::string(hex.size() == kHashDigits / 2 - 1 ? 2 : 1, '\0') + hex;
  }
  std::string out;
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    unsigned byte = 0;
    std::from_chars(hex.data() + i, hex.data() + i + 2, byte, 16);
    out.push_back(char(byte));
  }
  return out;
}

std::string unpacked_hash(const std::string& value) {
  if (value.size() != kHashDigits / 2) {
    const std::size_t text = value.find_first_not_of('\0');
    return text == std::string::npos ? std::string() : value.substr(text);
  }
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (const char c : value) {
    out.push_back(kDigits[(static_cast<unsigned char>(c) >> 4) & 0xf]);
    out.push_back(kDigits[static_cast<unsigned char>(c) & 0xf]);
  }
  return out;
}

// Slot kFileStamp: the size, then the modification time's 64 bits, as varints.
std::string packed_stamp(std::uint64_t size, std::int64_t mtime_ns) {
  std::string out;
  put_varint(out, size);
  put_varint(out, std::uint64_t(mtime_ns));
  return out;
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

std::string DocumentCodec::order_key(const Article& a) {
  // Sign bit flipped: unsigned order is the order of the seconds; complemented: newest
  // first. Fixed width, so that the id after it only breaks ties of the same second.
  std::uint64_t key = ~std::uint64_t(0);
  if (a.date) {
    const auto seconds = std::int64_t(a.date->utc.time_since_epoch().count());
    key = ~(std::uint64_t(seconds) ^ (std::uint64_t(1) << 63));
  }
  std::string out(16, '\0');
  for (int i = 7; i >= 0; --i, key >>= 8) {
    out[std::size_t(i)] = char(key & 0xff);
  }
  std::uint64_t id_hash = XXH3_64bits(a.id.data(), a.id.size());
  for (int i = 15; i >= 8; --i, id_hash >>= 8) {
    out[std::size_t(i)] = char(id_hash & 0xff);
  }
  return out;
}

std::string DocumentCodec::source_file_term(std::string_view file_id) {
  return bounded_term(prefix::kSourceFile, file_id);
}

std::string DocumentCodec::source_file_terms_of(std::string_view collection) {
  return std::string(prefix::kSourceFile).append(collection).append("/");
}

std::string DocumentCodec::file_id_of_term(std::string_view term) {
  // A bounded term is at least kMaxTermBytes - 3 bytes long (utf8_cut drops at most 3).
  if (!term.starts_with(prefix::kSourceFile) || term.size() + 3 >= kMaxTermBytes) {
    return "";
  }
  return std::string(term.substr(prefix::kSourceFile.size()));
}

std::string DocumentCodec::article_id(const Xapian::Document& doc) {
  return doc.get_value(slot::kId);
}

std::string DocumentCodec::source_file_of(const Xapian::Document& doc) {
  Article a;
  return decode_stored_source(doc.get_data(), a) ? a.source_file : std::string();
}

bool DocumentCodec::from_source_file(const Xapian::Document& doc, std::string_view file_id) {
  return !file_id_of_term(source_file_term(file_id)).empty() || source_file_of(doc) == file_id;
}

void DocumentCodec::restamp(Xapian::Document& doc, std::uint64_t size, std::int64_t mtime_ns) {
  doc.add_value(slot::kFileStamp, packed_stamp(size, mtime_ns));
}

std::string DocumentCodec::exact_entity_term(std::string_view field_name, std::string_view name) {
  return bounded_term(field(field_name).exact_prefix, fold_name(name));
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

void DocumentCodec::index_words(const Field& f, const std::string& text) {
  if (text.empty()) {
    return;
  }
  // Words are indexed in their index_form (diacritics folded, initialisms joined); the
  // query side reads requests into the same form.
  const std::string words = index_form(text);
  if (!f.prefix.empty()) {
    m_terms.index_text(words, 1, std::string(f.prefix));
    m_terms.increase_termpos(kNameGap);
  }
  if (f.unprefixed_weight > 0) {
    m_terms.index_text(words, f.unprefixed_weight);
    m_terms.increase_termpos(kNameGap);
  }
}

void DocumentCodec::index_entities(Xapian::Document& doc, const Field& f,
                                   const std::vector<std::string>& names) {
  const std::string prefix(f.prefix);
  // Names are indexed folded, so person:"stephane dujarric" finds "Stéphane Dujarric";
  // the query side folds entity values the same way (fold_entity_values).
  for (const std::string& name : names) {
    const std::string folded = fold_name(name);
    index_name_words(m_terms, folded, prefix);
    // Until the catalogue links it, a name stands for itself: no canonical term
    // (entity_terms.hpp).
    doc.add_boolean_term(bounded_term(f.exact_prefix, folded));
  }
}

void DocumentCodec::index_field(Xapian::Document& doc, const Field& f, const Article& a) {
  switch (f.kind) {
    case FieldKind::kFreeText:
      if (f.shape == Shape::kList) {
        for (const std::string& item : a.*f.list) {
          index_words(f, item);
        }
      } else {
        index_words(f, a.*f.text);
      }
      break;
    case FieldKind::kEntity:
      index_entities(doc, f, a.*f.list);
      break;
    case FieldKind::kBoolean:
      if (!(a.*f.text).empty()) {
        doc.add_boolean_term(bounded_term(f.prefix, fold_name(a.*f.text)));
      }
      break;
    case FieldKind::kDate:
      if (a.date) {
        const std::string day = day_key(*a.date);
        doc.add_value(f.slot, day);
        for (const std::string& term : date_terms(day)) {
          doc.add_boolean_term(term);
        }
        doc.add_value(field(FieldId::kSortTime).slot,
                      Xapian::sortable_serialise(double(a.date->utc.time_since_epoch().count())));
      }
      break;
    case FieldKind::kNone:
      break;
  }
}

void DocumentCodec::add_kept_values(Xapian::Document& doc, const Field& f, const Article& a,
                                    const FileStamp& stamp) {
  if (f.kind == FieldKind::kNone && f.shape == Shape::kText) {  // id, source file, cluster
    if (!f.prefix.empty() && !(a.*f.text).empty()) {
      doc.add_boolean_term(bounded_term(f.prefix, a.*f.text));
    }
    if (f.slot != slot::kNone && !(a.*f.text).empty()) {
      doc.add_value(f.slot, a.*f.text);
    }
  } else if (f.shape == Shape::kSignature) {
    const std::string value = !a.near_duplicate.empty() ? encode_signature(a.near_duplicate)
                              : a.short_text_print ? encode_short_text_print(*a.short_text_print)
                                                   : std::string();
    for (const std::string& term : candidate_terms(value)) {
      doc.add_boolean_term(term);
    }
    if (!value.empty()) {
      doc.add_value(f.slot, value);
    }
  } else if (f.id == FieldId::kFileStamp) {
    doc.add_value(f.slot, packed_stamp(stamp.size, stamp.mtime_ns));
  } else if (f.id == FieldId::kContentHash) {
    doc.add_value(f.slot, packed_hash(stamp.content_hash));
  }
}

Xapian::Document DocumentCodec::encode(const Article& a, const FileStamp& stamp) {
  Xapian::Document doc;
  m_terms.set_document(doc);
  use_language(a.language);
  for (const Field& f : kFields) {
    index_field(doc, f, a);
    add_kept_values(doc, f, a, stamp);
  }
  set_facet_values(doc, a);
  doc.add_value(slot::kOrder, order_key(a));
  doc.add_value(slot::kId, a.id);
  doc.set_data(encode_stored_fields(a));
  // The term generator holds a handle on the document it fills. Xapian's handles count
  // references without atomics, so that handle must go here, on the encoding thread:
  // kept until the next encode, it would be dropped on this thread while the writer
  // thread uses the document (a use-after-free ASan found in the indexing pipeline).
  m_terms.set_document(Xapian::Document());
  return doc;
}

Article DocumentCodec::decode_article(const Xapian::Document& doc) {
  Article a;
  if (!decode_stored_fields(doc.get_data(), a)) {
    Article damaged;
    damaged.id = article_id(doc);
    return damaged;
  }
  for (const Field& f : kFields) {
    if ((f.flags & kStored) == 0 && f.slot != slot::kNone) {
      decode_value(f, doc, a);
    }
  }
  return a;
}

FileStamp DocumentCodec::decode_stamp(const Xapian::Document& doc) {
  FileStamp stamp;
  const std::string packed = doc.get_value(slot::kFileStamp);
  std::string_view in = packed;
  std::uint64_t size = 0;
  std::uint64_t mtime = 0;
  if (get_varint(in, size) && get_varint(in, mtime)) {
    stamp.size = size;
    stamp.mtime_ns = std::int64_t(mtime);
  }
  stamp.content_hash = unpacked_hash(doc.get_value(slot::kContentHash));
  return stamp;
}

}  // namespace news::schema
