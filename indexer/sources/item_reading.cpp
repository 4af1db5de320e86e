#include "item_reading.hpp"

#include "readers/reader_registry.hpp"
#include "sources/archive_source.hpp"
#include "sources/input_names.hpp"

namespace news {

ReadResult read_item(const RawItem& item) {
  if (is_archive_name(item.name)) {
    return read_archive(item);
  }
  if (compressed_inner_name(item.name)) {
    return read_compressed(item);
  }
  const ReadFunction read = reader_for(item.name);
  if (read == nullptr) {
    throw ReadError("unsupported file type");
  }
  return read(item);
}

}  // namespace news
