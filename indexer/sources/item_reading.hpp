// One item (file, archive member, web archive record) -> its articles, whatever it is.
#pragma once

#include "readers/reader.hpp"
#include "sources/input_kind.hpp"

namespace news {

// Reads the item as what it is (sniff_kind of its name and bytes): archives and compressed
// files are opened (sources/), everything else goes to the reader of its format. Throws
// ReadError when the item cannot be read, or has an unsupported name.
ReadResult read_item(const RawItem& item);

// The same, once the item's kind is known (from the first bytes of its file).
ReadResult read_item_as(const RawItem& item, const InputKind& kind);

}  // namespace news
