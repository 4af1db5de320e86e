// Article <-> Xapian::Document: the only code that writes terms and values.
#pragma once

#include <xapian.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "article.hpp"
#include "fields.hpp"

namespace news::schema {

// Turns articles into documents (terms, values, stored data) and back. One codec per
// thread: it owns a Xapian::TermGenerator.
class DocumentCodec {
 public:
  DocumentCodec();

  Xapian::Document encode(const Article& article, const FileStamp& stamp);

  // The stored fields of a document, including the body text (for snippets).
  static Article decode_article(const Xapian::Document& doc);
  static FileStamp decode_stamp(const Xapian::Document& doc);

  // The unique-id term of an article ("Q" + id, hashed when too long for a term).
  static std::string id_term(std::string_view article_id);
  // The term shared by every article that came from one source file.
  static std::string source_file_term(std::string_view file_id);
  // The start of the source-file terms of the files of one collection ("name/..."), for
  // walking the files an index holds in term order.
  static std::string source_file_terms_of(std::string_view collection);
  // The file id a source-file term names, or "" when the term may be bounded (cut and
  // hashed): the id is then in the stored data of each document holding it (source_file_of).
  static std::string file_id_of_term(std::string_view term);
  // The id of the article a document holds: its slot::kId value (also in the stored data).
  // "" for a document without one.
  static std::string article_id(const Xapian::Document& doc);
  // The id of the file a document's article came from, read from its stored data ("" when
  // the data is damaged).
  static std::string source_file_of(const Xapian::Document& doc);
  // Whether a document holding source_file_term(file_id) came from that file: always, when
  // the term names the file whole; otherwise (a bounded term several files may share) as
  // its stored data says.
  static bool from_source_file(const Xapian::Document& doc, std::string_view file_id);
  // Sets the size and modification time of a document's file stamp (its hash unchanged).
  static void restamp(Xapian::Document& doc, std::uint64_t size, std::int64_t mtime_ns);
  // The exact term of one entity name under an entity field ("person", "org", "place").
  static std::string exact_entity_term(std::string_view field_name, std::string_view name);
  // The value of slot::kOrder: ascending byte order is newest first, then a hash of the id;
  // undated last.
  static std::string order_key(const Article& article);

 private:
  // The terms and values of one field of the table (fields.hpp).
  void index_field(Xapian::Document& doc, const Field& f, const Article& article);
  void index_words(const Field& f, const std::string& text);
  void index_entities(Xapian::Document& doc, const Field& f, const std::vector<std::string>& names);
  // Internal fields: id and source-file terms and values, signature, file stamp.
  static void add_kept_values(Xapian::Document& doc, const Field& f, const Article& article,
                              const FileStamp& stamp);
  // Stems the words that follow for the article's language.
  void use_language(const std::string& code);

  Xapian::TermGenerator m_terms;
  std::map<std::string, Xapian::Stem> m_stemmers;  // built once per language
};

// Xapian terms are limited to about 245 bytes: a longer term keeps its first bytes and
// ends with a hash of the whole, so it stays unique.
std::string bounded_term(std::string_view prefix, std::string_view value);

// Hex XXH3-64 of some bytes.
std::string content_hash(std::string_view bytes);

// content_hash of bytes fed in pieces, so that a large file is hashed without holding it.
class ContentHasher {
 public:
  ContentHasher();
  ~ContentHasher();
  ContentHasher(const ContentHasher&) = delete;
  ContentHasher& operator=(const ContentHasher&) = delete;

  void update(std::string_view bytes);
  // The hash of everything fed so far, as content_hash gives it.
  std::string digest() const;

 private:
  struct State;
  std::unique_ptr<State> m_state;
};

}  // namespace news::schema
