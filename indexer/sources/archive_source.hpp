// Archives (.zip, .tar, .tar.gz, .7z, ...) and compressed single files (.gz, .bz2, .xz,
// .zst), streamed through libarchive and zlib from their file (or from memory when nested):
// nothing is unpacked to disk, and only one member at a time is held in memory.
#pragma once

#include <archive.h>

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "readers/reader.hpp"
#include "sources/byte_source.hpp"
#include "sources/decompressor.hpp"
#include "sources/input_kind.hpp"
#include "sources/item_stream.hpp"

namespace news {

// The members of an archive one at a time, in archive order, on the calling thread; how
// read_archive reads, and how the indexer's read-ahead hands members to its workers.
// A member's id is `<item id>!/<member path>`, its path `<item path>!/<member path>`; all
// keep the item's source_file. Hidden members are left out, documentation (README...) and
// unsupported members are counted. A text or HTML member keeps its first
// item.max_article_bytes (with a warning); a record member or nested container larger than
// kMaxRecordFileBytes is one error line.
class MemberStream : public ItemStream {
 public:
  // Opens the archive (`kind` says whether it is a compressed tar). Throws ReadError when it
  // is not an archive at all. `item` must outlive this.
  MemberStream(const RawItem& item, const InputKind& kind);
  ~MemberStream() override;
  MemberStream(const MemberStream&) = delete;
  MemberStream& operator=(const MemberStream&) = delete;

  // The next member, or none at the end (or at damage, which finish reports). It is read
  // with the reader for its own name (nested archives and compressed files included): its
  // notes, then its articles, its warnings and errors prefixed with its path; a member that
  // cannot be read is one error line.
  std::optional<TakenItem> next() override;

  // After the last member: adds the skipped members' counts and, when the archive is
  // damaged, one error line to `result`. Throws ReadError when not even the first member
  // could be read, and on a decompression bomb (a compressed tar expanding more than 500
  // times): then nothing of the archive is to be used.
  void finish(ReadResult& result) override;

 private:
  bool take_entry(struct archive_entry* entry, TakenItem& member);

  const RawItem& m_item;
  std::unique_ptr<ByteSource> m_source;  // a compressed tar's data...
  std::unique_ptr<Decompressor> m_tar;   // ... decompressed by us, not by libarchive
  std::unique_ptr<archive, int (*)(archive*)> m_archive{nullptr, archive_read_free};
  std::map<std::string, std::size_t> m_skipped;
  std::size_t m_members = 0;  // members taken out
  std::string m_failure;      // why reading stopped early, or ""
};

// Reads every member of the archive `item` in turn (read_stream of a MemberStream): damage to the
// archive ends the reading with one error line, and the members read before it are kept. Throws
// ReadError as MemberStream and finish do.
ReadResult read_archive(const RawItem& item, const InputKind& kind);

// The file a compressed single file holds (kind.inner_name: "story.txt.gz" as
// "story.txt"), decompressed, with the item's id and path; of a text or HTML file only the
// first item.max_article_bytes (`cut` says when it held more). Throws ReadError as
// read_compressed does.
RawItem decompress_item(const RawItem& item, const InputKind& kind, bool& cut);

// Reads a compressed single file as the file it holds (kind.inner_name: "story.txt.gz" as
// "story.txt"), keeping the item's id and path; of a text or HTML file only the first
// item.max_article_bytes are decompressed (with a warning). Throws ReadError when the data
// is truncated or damaged, is a decompression bomb, or holds a record file larger than
// kMaxRecordFileBytes.
ReadResult read_compressed(const RawItem& item, const InputKind& kind);

}  // namespace news
