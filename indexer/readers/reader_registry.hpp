// Which reader handles which file, by name.
#pragma once

#include <string_view>

#include "reader.hpp"

namespace news {

using ReadFunction = ReadResult (*)(const RawItem& item);

// The reader for a file or member name (by extension, case-insensitive), or nullptr when
// the format is not supported.
ReadFunction reader_for(std::string_view name);

// True for formats that hold one article (text, Markdown, HTML): their beginning can be
// read alone. Record files and web archives are parsed whole.
bool reads_one_article(std::string_view name);

// The extensions reader_for accepts, for --help ("txt, md, ...").
std::string_view supported_extensions();

}  // namespace news
