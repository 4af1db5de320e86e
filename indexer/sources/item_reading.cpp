#include "item_reading.hpp"

#include "sources/archive_source.hpp"

namespace news {

ReadResult read_item(const RawItem& item) {
  return read_item_as(item, sniff_kind(classify_name(item.name), item.name, item.bytes));
}

ReadResult read_item_as(const RawItem& item, const InputKind& kind) {
  if (!kind.supported()) {
    throw ReadError("unsupported file type");
  }
  if (kind.is_archive()) {
    return read_archive(item, kind);
  }
  if (kind.is_compressed_file()) {
    return read_compressed(item, kind);
  }
  return kind.read(item);
}

}  // namespace news
