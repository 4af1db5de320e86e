// Which reader handles which file, by name.
#pragma once

#include <string_view>

#include "reader.hpp"

namespace news {

using ReadFunction = ReadResult (*)(const RawItem& item);

// The reader for a file or member name (by extension, case-insensitive), or nullptr when
// the format is not supported.
ReadFunction reader_for(std::string_view name);

// The extensions reader_for accepts, for --help ("txt, md, ...").
std::string_view supported_extensions();

}  // namespace news
