// Archives (.zip, .tar, .tar.gz, .7z, ...) and compressed single files (.gz, .bz2, .xz,
// .zst), read in memory through libarchive: nothing is unpacked to disk.
#pragma once

#include "readers/reader.hpp"

namespace news {

// Reads every member of the archive `item` with the reader for the member's own name
// (nested archives and compressed files included). A member's id is
// `<item id>!/<member path>`, its path `<item path>!/<member path>`; all keep the item's
// source_file. Hidden members are left out, documentation (README...) and unsupported
// members are counted in `skipped`. A member that cannot be read is one error line; damage
// to the archive ends the reading with one error line, and the members read before it are
// kept. Throws ReadError when not even the first member can be read.
ReadResult read_archive(const RawItem& item);

// Reads a compressed single file as the file it holds ("story.txt.gz" as "story.txt"),
// keeping the item's id and path. Throws ReadError when the data is truncated or damaged.
ReadResult read_compressed(const RawItem& item);

// As much of the decompressed data as can be read; `failure` says why the rest cannot.
std::string decompress_prefix(std::string_view bytes, std::string& failure);

// The decompressed bytes of gzip, bzip2, xz or zstd data (or the bytes themselves when
// they are not compressed). Throws ReadError when the data is damaged.
std::string decompress(std::string_view bytes);

}  // namespace news
