// Bytes of a file -> NFC UTF-8 text, whatever encoding the archive used.
#pragma once

#include <string>
#include <string_view>

namespace news {

struct DecodedText {
  std::string utf8;
  std::string encoding = "UTF-8";  // what the bytes were decoded from
  std::string note;                // non-empty when the user should hear about it
};

// True when the bytes are not text: NUL bytes (outside UTF-16), or mostly control bytes.
bool looks_binary(std::string_view bytes);

// Decodes: a UTF-8/UTF-16 byte-order mark decides the encoding; valid UTF-8 is kept;
// otherwise valid UTF-8 sequences are kept and every other byte is read as Windows-1252
// (a superset of Latin-1 in practice), and a note says so. The result is normalised to NFC and has
// no BOM.
DecodedText decode_text(std::string_view bytes);

// Offset of the first invalid UTF-8 sequence, or npos when the text is valid.
std::size_t find_invalid_utf8(std::string_view bytes);

}  // namespace news
