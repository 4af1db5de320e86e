// Archives (.zip, .tar, .tar.gz, .7z, ...) and compressed single files (.gz, .bz2, .xz,
// .zst), streamed through libarchive and zlib from their file (or from memory when nested):
// nothing is unpacked to disk, and only one member at a time is held in memory.
#pragma once

#include "readers/reader.hpp"

namespace news {

// Reads every member of the archive `item` with the reader for the member's own name
// (nested archives and compressed files included). A member's id is
// `<item id>!/<member path>`, its path `<item path>!/<member path>`; all keep the item's
// source_file. Hidden members are left out, documentation (README...) and unsupported
// members are counted in `skipped`. A member that cannot be read is one error line; damage
// to the archive ends the reading with one error line, and the members read before it are
// kept. A text or HTML member keeps its first item.max_article_bytes (with a warning); a
// record member or nested container larger than kMaxRecordFileBytes is one error line.
// Throws ReadError when not even the first member can be read, and on a decompression
// bomb (a compressed tar expanding more than 500 times).
ReadResult read_archive(const RawItem& item);

// Reads a compressed single file as the file it holds ("story.txt.gz" as "story.txt"),
// keeping the item's id and path; of a text or HTML file only the first
// item.max_article_bytes are decompressed (with a warning). Throws ReadError when the data
// is truncated or damaged, is a decompression bomb, or holds a record file larger than
// kMaxRecordFileBytes.
ReadResult read_compressed(const RawItem& item);

}  // namespace news
