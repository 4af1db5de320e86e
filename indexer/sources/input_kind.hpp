// What an input is: the one classification of a file or member, by its name and, where the
// name lies, by its first bytes. The scanner, the file reading, the archive members and the
// item dispatch all ask this; a format or a container is one row of the tables in
// input_kind.cpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "readers/reader.hpp"

namespace news {

using ReadFunction = ReadResult (*)(const RawItem& item);

// A layer around the articles: a compression of one stream, or an archive of members.
enum class Container { gzip, bzip2, xz, zstd, tar, zip, sevenzip };

// "gzip", "tar", "7z"...
std::string_view container_name(Container container);

struct InputKind {
  // Outermost first: {} for a plain article file, {gzip} for story.txt.gz, {gzip, tar} for
  // a .tar.gz (one stream), {zip} for a .zip, {gzip, zip} for pages.zip.gz.
  std::vector<Container> chain;
  // The article format at the end of the chain ("text", "html", "json", "jsonl", "csv",
  // "tsv", "warc"), or "" for an archive or an unsupported name.
  std::string_view format;
  ReadFunction read = nullptr;  // the reader of `format`
  // An article file itself (text, Markdown, HTML; no container): its beginning can be read
  // alone. Record files and web archives are parsed whole.
  bool one_article = false;
  // What the outer compression holds ("a/story.txt.gz" -> "a/story.txt": the name less the
  // extension), when the chain starts with a compression that is not a compressed tar.
  std::string inner_name;
  // Why nothing reads it ("unsupported .jpg"), or "".
  std::string unsupported;

  bool supported() const { return unsupported.empty(); }
  // Streamed from its file rather than loaded: any chain.
  bool is_container() const { return !chain.empty(); }
  // Read member by member (read_archive): a tar, zip or 7z, or a compressed tar.
  bool is_archive() const;
  // A tar inside a compression layer, decompressed as one stream (the bomb guard watches it).
  bool is_compressed_tar() const;
  // A compression around one file (read_compressed): the chain starts with a compression
  // that is not a compressed tar.
  bool is_compressed_file() const;
};

// The kind of a file or member by its name (its last path component; case-insensitive).
// Double extensions compose: .tar.gz is {gzip, tar}, .txt.gz is {gzip} then text,
// .jpg.gz is unsupported (reason "unsupported .gz", the extension seen).
InputKind classify_name(std::string_view name);

// The kind once the first bytes are known. Names decide which files are inputs (the
// scanner does not open files); when read, a file or member whose name says it is an
// article file but whose bytes start with the magic number of gzip, bzip2, xz or zstd is
// decompressed and read as the named format, and one starting with a zip or 7z signature is
// read as an archive. A container's name is trusted: its readers sniff the data themselves
// (data that is not compressed passes through; libarchive recognises archive formats).
// The held file keeps the name given (`name`, as inner_name).
InputKind sniff_kind(InputKind named, std::string_view name, std::string_view first_bytes);

// The container whose magic number `bytes` start with, if any (gzip, bzip2, xz, zstd, zip,
// 7z; a tar has no magic at its start).
std::optional<Container> container_magic(std::string_view bytes);

// Why a file or archive member is not read: unsupported, or a folder's documentation
// (README, LICENSE...); "" when it is read. The reason is the key of the run summary.
std::string skip_reason(std::string_view name);

// The article extensions read, for --help ("txt, text, md, ...").
std::string supported_extensions();

}  // namespace news
