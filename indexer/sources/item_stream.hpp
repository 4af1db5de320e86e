// Containers of several items (archive members, web archive pages) taken apart one item at
// a time on one thread, each item then read on any thread: how the indexer's workers share
// the parsing of one large archive.
#pragma once

#include <optional>
#include <string>

#include "readers/reader.hpp"

namespace news {

// An item taken out of its container, with what was found while taking it out.
struct TakenItem {
  // The item with its data, when there is something to read; none when `notes` say all
  // (a member too large to be read whole, a page read from an earlier record).
  std::optional<RawItem> item;
  ReadResult notes;   // warnings and errors before the item's own
  std::string label;  // what messages about it start with: the member path, "record 3 at byte 9"
  std::string url;    // a web archive page's target URI
  // Reads the item: its notes, then its articles and its messages under `label`. A part
  // that cannot be read is an error line; never throws ReadError.
  ReadResult (*read)(TakenItem taken) = nullptr;
};

// The items of one container in order. next() and finish() are called on one thread;
// TakenItem::read on any.
class ItemStream {
 public:
  virtual ~ItemStream() = default;
  // The next item, or none at the end (or at damage, which finish reports).
  virtual std::optional<TakenItem> next() = 0;
  // After the last item: adds the counts of items left out and the container's damage to
  // `result`. Throws ReadError when nothing of the container is to be used.
  virtual void finish(ReadResult& result) = 0;
};

// Appends an item's result (TakenItem::read) to the container's.
void add_item_result(ReadResult item, ReadResult& into);

// The whole container read in order: what reading it on one thread gives.
ReadResult read_stream(ItemStream& stream);

}  // namespace news
