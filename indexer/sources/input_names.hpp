// What a file or archive member name says about it: hidden, documentation, a container
// (archive or compressed file), readable at all.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace news {

// ".git", ".DS_Store": a name starting with a dot (the last path component is checked).
bool is_hidden_name(std::string_view name);

// README.md, LICENSE, CHANGELOG.txt...: a folder's documentation, not its articles.
bool is_documentation_name(std::string_view name);

// An archive of several members: .zip, .tar, .tgz, .tar.gz, .tar.bz2, .tar.xz, .tar.zst,
// .7z (case-insensitive).
bool is_archive_name(std::string_view name);

// A compressed tar archive: .tgz, .tbz2, .txz, .tzst, .tar.gz, .tar.bz2, .tar.xz, .tar.zst.
bool is_compressed_tar_name(std::string_view name);

// For a compressed single file (.gz, .bz2, .xz, .zst that is not a tar archive), the name
// of what it holds ("story.txt.gz" -> "story.txt"); nullopt otherwise.
std::optional<std::string> compressed_inner_name(std::string_view name);

// A name some reader or container handles ("story.txt", "pages.zip", "story.txt.gz"; not
// "photo.jpg" or "photo.jpg.gz").
bool is_readable_name(std::string_view name);

}  // namespace news
