// A Reuters story as the wire sent it (lines wrapped at 68 columns, a capitals dateline, the
// sign-off): the recogniser's unit tests and the end-to-end wire-copy tests read the same text.
#pragma once

namespace news::test {

inline constexpr const char* kVolckerWireStory =
    "Volcker Says Dollar Fall Has Gone Far Enough\n"
    "\n"
    "DENVER, Feb 26 - The Federal Reserve Board said Monday Chairman Paul\n"
    "Volcker told bankers the dollar had fallen far enough against the\n"
    "yen and the mark, and that further declines could hurt growth in the\n"
    "United States and abroad, officials in Denver reported.\n"
    "    Volcker spoke to bankers at a conference of the American Bankers\n"
    "Association in the city, organisers said.\n"
    " Reuter\n";

}  // namespace news::test
