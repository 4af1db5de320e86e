#include "article_heading.hpp"

#include "document_codec.hpp"
#include "stored_data.hpp"

namespace news::schema {
namespace {

// The order value's time: 8 bytes of complemented seconds, all 0xff when undated
// (DocumentCodec::order_key).
constexpr std::size_t kOrderTimeBytes = 8;

}  // namespace

Article decode_heading(const Xapian::Document& doc) {
  Article a;
  if (!decode_stored_heading(doc.get_data(), a)) {
    Article id_only;
    id_only.id = DocumentCodec::article_id(doc);
    return id_only;
  }
  return a;
}

std::string oldest_first_key(const Xapian::Document& doc) {
  const std::string order = doc.get_value(slot::kOrder);
  const std::string id = doc.get_value(slot::kId);
  // A first byte puts dated articles (0) before undated ones (1) and those without the
  // value (2). GCC 12 warns (-Wrestrict) about std::string(1, c) + text: appended instead.
  std::string key;
  if (order.size() < kOrderTimeBytes) {
    key.push_back('\x02');  // no order value
    return key.append(id);
  }
  const std::string_view time = std::string_view(order).substr(0, kOrderTimeBytes);
  if (time.find_first_not_of('\xff') == std::string_view::npos) {
    key.push_back('\x01');
    return key.append(id);
  }
  // Complemented again: the seconds with their sign bit flipped, big-endian, oldest first.
  key.push_back('\0');
  for (const char c : time) {
    key.push_back(char(~static_cast<unsigned char>(c)));
  }
  return key.append(id);
}

}  // namespace news::schema
