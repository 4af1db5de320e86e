#include "item_reading.hpp"

#include "sources/archive_source.hpp"
#include "sources/warc_source.hpp"

namespace news {
namespace {

// One item read whole: a compressed web archive whose data is not a web archive after all.
class WholeItem : public ItemStream {
 public:
  explicit WholeItem(const RawItem& item) : m_item(item) {}
  std::optional<TakenItem> next() override {
    if (m_taken) {
      return std::nullopt;
    }
    m_taken = true;
    TakenItem taken;
    taken.item = m_item;
    taken.read = [](TakenItem t) { return read_item(*t.item); };
    return taken;
  }
  void finish(ReadResult& /*result*/) override {}

 private:
  const RawItem& m_item;
  bool m_taken = false;
};

}  // namespace

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

bool reads_as_stream(const InputKind& kind) {
  return kind.is_archive() || (kind.supported() && kind.format == "warc");
}

std::unique_ptr<ItemStream> open_item_stream(const RawItem& item, const InputKind& kind,
                                             RawItem& holder) {
  if (kind.is_archive()) {
    return std::make_unique<MemberStream>(item, kind);
  }
  if (!kind.is_compressed_file()) {
    return std::make_unique<WarcStream>(item);
  }
  bool cut = false;  // never: a web archive is not cut, it is refused when too large
  holder = decompress_item(item, kind, cut);
  const InputKind inner = sniff_kind(classify_name(holder.name), holder.name, holder.bytes);
  if (!inner.is_container() && inner.format == "warc") {
    return std::make_unique<WarcStream>(holder);
  }
  return std::make_unique<WholeItem>(holder);
}

}  // namespace news
