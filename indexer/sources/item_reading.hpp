// One item (file, archive member, web archive record) -> its articles, whatever it is.
#pragma once

#include <memory>

#include "readers/reader.hpp"
#include "sources/input_kind.hpp"
#include "sources/item_stream.hpp"

namespace news {

// Reads the item as what it is (sniff_kind of its name and bytes): archives and compressed
// files are opened (sources/), everything else goes to the reader of its format. Throws
// ReadError when the item cannot be read, or has an unsupported name.
ReadResult read_item(const RawItem& item);

// The same, once the item's kind is known (from the first bytes of its file).
ReadResult read_item_as(const RawItem& item, const InputKind& kind);

// True for the items read as a stream of items (open_item_stream): archives, web archives.
bool reads_as_stream(const InputKind& kind);

// The items of an archive or web archive one at a time; read in order they give what
// read_item_as gives. A compressed web archive is decompressed first into `holder`, which
// must outlive the stream, as must `item`. Throws ReadError as read_item_as does.
std::unique_ptr<ItemStream> open_item_stream(const RawItem& item, const InputKind& kind,
                                             RawItem& holder);

}  // namespace news
