// One item (file, archive member, web archive record) -> its articles, whatever it is.
#pragma once

#include "readers/reader.hpp"

namespace news {

// Dispatches on the item's name: archives and compressed files are opened (sources/),
// everything else goes to the reader for its extension (readers/reader_registry.hpp).
// Throws ReadError when the item cannot be read, or has an unsupported name.
ReadResult read_item(const RawItem& item);

}  // namespace news
