// Raw page bytes -> UTF-8, honouring the encoding the page declares.
#pragma once

#include <string>
#include <string_view>

#include "text/text_decoding.hpp"

namespace news::html {

// The charset a page declares near its start: <meta charset>, <meta http-equiv
// content="...; charset=...">, or an XML declaration's encoding; lower case, "" if none.
std::string declared_charset(std::string_view bytes);

// Decodes a page: a byte-order mark decides; valid UTF-8 is kept whatever the page
// declares (pages mislabelled as Latin-1 are common, the reverse is rare); otherwise a
// declared legacy charset is converted with ICU (Latin-1 and ASCII are read as
// Windows-1252, as browsers do); otherwise each byte that is not part of a valid UTF-8
// sequence is read as Windows-1252 and the note says so. The result is not yet NFC.
DecodedText decode_html(std::string_view bytes);

}  // namespace news::html
