#include "article_heading.hpp"

#include "document_codec.hpp"
#include "stored_data.hpp"

namespace news::schema {

Article decode_heading(const Xapian::Document& doc) {
  Article a;
  if (!decode_stored_heading(doc.get_data(), a)) {
    Article id_only;
    id_only.id = DocumentCodec::article_id(doc);
    return id_only;
  }
  return a;
}

}  // namespace news::schema
